package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.prm.Prm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code mlx5ctl obj TYPE ID}: the object queries by object type, the id put where the command takes it ({@code qpn}
 * of QUERY_QP, {@code eq_number} of QUERY_EQ...). The firmware decides whose objects a file may read: its own, or
 * everyone's with the tools_resources capability (which fwctl's door always asks for).
 */
final class ObjCommand extends Subcommand {

    /** Object type -> the query and its id field. */
    static final Map<String, Id> TYPES = Map.ofEntries(
            Map.entry("qp", new Id("QUERY_QP", "qpn")),
            Map.entry("cq", new Id("QUERY_CQ", "cqn")),
            Map.entry("eq", new Id("QUERY_EQ", "eq_number")),
            Map.entry("sq", new Id("QUERY_SQ", "sqn")),
            Map.entry("rq", new Id("QUERY_RQ", "rqn")),
            Map.entry("tir", new Id("QUERY_TIR", "tirn")),
            Map.entry("tis", new Id("QUERY_TIS", "tisn")),
            Map.entry("rqt", new Id("QUERY_RQT", "rqtn")),
            Map.entry("srq", new Id("QUERY_SRQ", "srqn")),
            Map.entry("xrc-srq", new Id("QUERY_XRC_SRQ", "xrc_srqn")),
            Map.entry("xrq", new Id("QUERY_XRQ", "xrqn")),
            Map.entry("rmp", new Id("QUERY_RMP", "rmpn")),
            Map.entry("dct", new Id("QUERY_DCT", "dctn")),
            Map.entry("mkey", new Id("QUERY_MKEY", "mkey_index")),
            Map.entry("q-counter", new Id("QUERY_Q_COUNTER", "counter_set_id")),
            Map.entry("flow-counter", new Id("QUERY_FLOW_COUNTER", "flow_counter_id")),
            Map.entry("packet-reformat", new Id("QUERY_PACKET_REFORMAT_CONTEXT", "packet_reformat_id")),
            Map.entry("sched-element", new Id("QUERY_SCHEDULING_ELEMENT", "scheduling_element_id")));

    /** Room for the entries of a reply that ends in a list (an RQ table's RQs, a QP's page addresses). */
    static final int LIST_BYTES = 1024;

    /** A query and the input field that names the object. */
    record Id(String command, String field) {
    }

    private final Arg<String> type = model.positional(PositionalParamSpec.builder().index("0").paramLabel("TYPE")
            .completionCandidates(new Types()).description("Object type: ${COMPLETION-CANDIDATES}."));

    private final Arg<String> id = model.positional(PositionalParamSpec.builder().index("1").paramLabel("ID")
            .description("The object's number (0x1a or 26)."));

    private final Arg<List<String>> fields = model.positionals(PositionalParamSpec.builder().index("2..*")
            .paramLabel("FIELD").description("Print only these fields of the reply."));

    ObjCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl obj qp 0x1a", "  mlx5ctl obj cq 0x400 --json",
                "  mlx5ctl obj rqt 0x30 rqt_context.rqt_actual_size");
    }

    @Override
    int run(GlobalOptions options) {
        String type = this.type.get();
        Id query = TYPES.get(type.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (query == null) {
            throw new UsageException("unknown object type '" + type + "' (" + String.join(", ", new Types())
                    + "; other queries: mlx5ctl query, mlx5ctl exec)");
        }
        CommandInfo command = Session.command(query.command());
        List<Assignment> set = new ArrayList<>();
        set.add(new Assignment(query.field(), id.get()));
        try (Session session = new Session(options)) {
            long out = session.outBytes(command);
            if (endsInList(command.out())) {
                out += LIST_BYTES;
            }
            byte[] reply = ExecCommand.execute(session, command, set, 0, out);
            printer().reply(command.out(), reply, 0, fields.get());
        }
        return ExitCode.OK;
    }

    /** Whether the layout ends in a flexible array, its own or that of the layout it embeds last (rqt_context). */
    static boolean endsInList(String layout) {
        LayoutInfo l = Prm.REGISTRY.requireLayout(layout);
        if (l.fields().isEmpty()) {
            return false;
        }
        FieldInfo last = l.fields().getLast();
        return last.flexible() || last.kind() == FieldInfo.Kind.NESTED && endsInList(last.layout().orElseThrow());
    }

    /** The object types, sorted, for messages and shell completion. */
    static final class Types implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return TYPES.keySet().stream().sorted().iterator();
        }
    }
}
