package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CapTypeInfo;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.QueryHcaCap;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code mlx5ctl cap [TYPE] [FIELD...]}: QUERY_HCA_CAP of one capability type, current or maximum values. */
final class CapCommand extends Subcommand {

    private final Arg<String> type = model.positional(PositionalParamSpec.builder().index("0").arity("0..1")
            .paramLabel("TYPE").defaultValue("general").completionCandidates(new CapTypes())
            .description("Capability type by name or number (default: ${DEFAULT-VALUE}); `mlx5ctl schema caps` "
                    + "lists them."));

    private final Arg<List<String>> fields = model.positionals(PositionalParamSpec.builder().index("1..*")
            .paramLabel("FIELD").description("Print only these fields (paths in the capability layout)."));

    private final Arg<Boolean> max = model.flag("The maximum values the device supports.", "--max");

    private final Arg<Boolean> current = model.flag("The values in effect (the default).", "--current");

    CapCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl cap", "  mlx5ctl cap roce --max",
                "  mlx5ctl cap general log_max_qp uctx_cap");
        model.exclusive(max, current);
    }

    @Override
    int run(GlobalOptions options) {
        CapTypeInfo cap = capType(type.get());
        try (Session session = new Session(options)) {
            CommandInfo command = QueryHcaCap.INFO;
            MemorySegment in = session.input(command, 0);
            session.codec.set(command.in(), in, "op_mod", (long) (cap.value() << 1 | (max.get() ? 0 : 1)));
            byte[] out = session.call(in, session.outBytes(command));
            printer().reply(cap.layout(), out, Fields.byteOffset(command.out(), "capability"), fields.get());
        }
        return ExitCode.OK;
    }

    /** The cap type of that name (any case) or number. */
    static CapTypeInfo capType(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (CapTypeInfo c : Prm.REGISTRY.capTypes()) {
            if (c.name().equals(n) || Integer.toString(c.value()).equals(n)
                    || ("0x" + Integer.toHexString(c.value())).equals(n)) {
                return c;
            }
        }
        throw new UsageException("unknown capability type '" + name + "' (" + String.join(", ",
                Prm.REGISTRY.capTypes().stream().map(c -> c.name() + " " + c.value()).toList()) + ")");
    }

    /** Cap type names for shell completion. */
    static final class CapTypes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Prm.REGISTRY.capTypes().stream().map(CapTypeInfo::name).iterator();
        }
    }
}
