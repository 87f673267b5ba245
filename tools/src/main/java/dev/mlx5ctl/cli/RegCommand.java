package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.prm.AccessReg;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code mlx5ctl reg NAME}: an access register through ACCESS_REG. A read sends the index fields (the port, a
 * counter group) and prints the register; a write reads the register first, changes the {@code --set} fields and
 * writes it back, so fields not named keep their values, then prints what changed and what the device answered
 * ({@code --dry-run} prints what would change and writes nothing). The schema marks each register's fields as mstreg does:
 * index fields are given with {@code --index} (one the device cannot read as 0 is asked for by name), read-only
 * fields cannot be {@code --set}.
 */
final class RegCommand extends Subcommand {

    /**
     * Resolves field paths for the checks made before any device is opened. A holder, made when first used:
     * every subcommand is instantiated to build the command line, and a static field of RegCommand would load
     * the whole registry for {@code mlx5ctl --version}.
     */
    private static final class Codec {
        static final LayoutCodec CODEC = new LayoutCodec(Prm.REGISTRY);
    }

    private final Arg<String> name = model.positional(PositionalParamSpec.builder().index("0").paramLabel("NAME")
            .completionCandidates(new Registers()).description("Register name (PAOS, PTYS, PPCNT, MGIR...) or id "
                    + "(0x5006); `mlx5ctl schema registers` lists them."));

    private final Arg<List<String>> fields = model.positionals(PositionalParamSpec.builder().index("1..*")
            .paramLabel("FIELD").description("Print only these fields of the register."));

    private final Arg<Integer> localPort = model.option(Integer.class, OptionSpec.builder("--local-port")
            .paramLabel("N").description("The port, for registers with a local_port field (default 1 for those)."));

    private final Arg<List<Assignment>> index = Assignment.option(model,
            "A field the device reads to select what to access (grp, sensor_index, page...).", "-i", "--index");

    private final Arg<List<Assignment>> set = Assignment.option(model,
            "Write the register with this field changed (repeatable).", "-s", "--set");

    private final Arg<Long> argument = model.option(Long.class, OptionSpec.builder("--argument").paramLabel("N")
            .description("ACCESS_REG's register-specific argument."));

    private final Arg<Boolean> dryRun = model.flag("With --set: read the register and show what the write would "
            + "change, without writing it.", "--dry-run");

    RegCommand(Listing listing) {
        super(listing,
                "", "Fields are INDEX (select what is accessed: --index), RO (read only) or RW; `mlx5ctl schema "
                        + "NAME` marks them.", "", "Examples:", "  mlx5ctl reg PAOS",
                "  mlx5ctl reg PAOS --set admin_status=down --set ase=1 --dry-run",
                "  mlx5ctl reg PTYS --index proto_mask=en", "  mlx5ctl reg PPCNT --index grp=rfc_2863",
                "  mlx5ctl reg MTMP --index sensor_index=0 temperature");
    }

    @Override
    int run(GlobalOptions options) {
        RegisterInfo reg = register(name.get());
        List<Assignment> index = this.index.get();
        List<Assignment> set = this.set.get();
        boolean dryRun = this.dryRun.get();
        if (dryRun && set.isEmpty()) {
            throw new UsageException("--dry-run shows what a write would change: give the fields with --set");
        }
        checkMarks(reg, index, set);
        try (Session session = new Session(options)) {
            Access access = Access.of(session, reg, localPort.get(), Map.of());
            if (argument.get() != null) {
                session.codec.set(access.command().in(), access.in(), "argument", argument.get());
            }
            for (Assignment a : index) {
                session.codec.set(reg.layout(), access.data(), a.path(), a.value());
            }
            // Check every --set before the device is touched: a typo must not leave a half-done write.
            MemorySegment scratch = session.codec.allocate(reg.layout());
            for (Assignment a : set) {
                session.codec.set(reg.layout(), scratch, a.path(), a.value());
            }

            byte[] out = access.read();
            if (!set.isEmpty()) {
                MemorySegment.copy(MemorySegment.ofArray(out), access.dataOut(), access.data(), 0,
                        access.data().byteSize());
                List<Change> changes = new ArrayList<>();
                for (Assignment a : set) {
                    String path = session.codec.fullPath(reg.layout(), a.path());
                    long before = session.codec.get(reg.layout(), access.data(), path);
                    session.codec.set(reg.layout(), access.data(), a.path(), a.value());
                    long after = session.codec.get(reg.layout(), access.data(), path);
                    changes.add(new Change(path, shown(session, reg, path, before), shown(session, reg, path, after),
                            before != after));
                }
                if (dryRun) {
                    printer().report(plan(reg, changes), planText(reg, changes, false));
                    return ExitCode.OK;
                }
                out = access.write();
                if (options.format() == GlobalOptions.Format.TEXT) {
                    // What changed, then the register as the device answered the write.
                    printer().text(planText(reg, changes, true) + "\n");
                }
            }
            printer().reply(reg.layout(), out, access.dataOut(), fields.get());
        }
        return ExitCode.OK;
    }

    /** One --set field: its full path and its value before and after, as text shows values. */
    record Change(String field, String from, String to, boolean changed) {
    }

    private static String shown(Session session, RegisterInfo reg, String path, long value) {
        var ref = session.codec.resolve(reg.layout(), path);
        return Text.value(new Node.Scalar(path, value, ref.width(),
                session.codec.symbols(ref.enumName(), value)));
    }

    /** A dry run's plan as JSON: the register, each field from and to, and that nothing was written. */
    private static Map<String, Object> plan(RegisterInfo reg, List<Change> changes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("register", reg.name());
        m.put("written", false);
        m.put("changes", changes.stream().map(c -> Map.<String, Object>of("field", c.field(), "from", c.from(),
                "to", c.to(), "changed", c.changed())).toList());
        return m;
    }

    /** {@code PAOS wrote: admin_status up (0x1) -> down (0x2)}, a line per field; unchanged ones say so. */
    static String planText(RegisterInfo reg, List<Change> changes, boolean writing) {
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            sb.append(reg.name()).append(writing ? " wrote: " : " would write: ").append(c.field()).append(' ')
                    .append(c.changed() ? c.from() + " -> " + c.to() : c.to() + " (unchanged)").append('\n');
        }
        return sb.toString();
    }

    /**
     * The schema's marks, checked before the device is touched: an index field is given with --index, never --set;
     * a read-only field cannot be --set; an index field the device cannot read as 0 (its enum has no 0; a flag set,
     * as PTYS's proto_mask, where 0 selects nothing) must be given.
     */
    static void checkMarks(RegisterInfo reg, List<Assignment> index, List<Assignment> set) {
        for (Assignment a : set) {
            String path = Codec.CODEC.fullPath(reg.layout(), a.path());
            switch (reg.access(path)) {
                case INDEX -> throw new UsageException(path + " is an index field of " + reg.name()
                        + ": it selects what is accessed; give it with --index " + path + "=" + a.value());
                case RO -> throw new UsageException(path + " of " + reg.name() + " is read-only (RO): the device "
                        + "reports it, a write cannot change it");
                case RW -> { }
            }
        }
        List<String> given = index.stream().map(a -> Codec.CODEC.fullPath(reg.layout(), a.path())).toList();
        requiredIndexes(reg).forEach((path, values) -> {
            if (!given.contains(path)) {
                throw new UsageException(reg.name() + " is indexed by " + path + ", which has no default: give "
                        + "--index " + path + "=VALUE (" + String.join(", ", values) + ")");
            }
        });
    }

    /**
     * The index fields of {@code reg} that must be given, with the names of their values: those the device cannot
     * read as 0, whose enum has no 0 or is a flag set (PTYS's proto_mask: 0 selects no protocol).
     */
    static Map<String, List<String>> requiredIndexes(RegisterInfo reg) {
        Map<String, List<String>> required = new LinkedHashMap<>();
        for (String path : reg.index()) {
            var values = Codec.CODEC.resolve(reg.layout(), path).enumName().flatMap(Prm.REGISTRY::enumInfo);
            if (values.isPresent() && (values.get().flags() || values.get().byValue(0).isEmpty())) {
                required.put(path, values.get().values().stream().map(v -> v.name()).toList());
            }
        }
        return required;
    }

    /**
     * One register's ACCESS_REG input, built once and sent as a read or a write: the register id, the port (1 by
     * default for a register with a local_port) and the given index fields in its data.
     *
     * @param data    the register's data within {@code in}
     * @param dataOut the byte offset of the register's data in the output mailbox
     */
    record Access(Session session, RegisterInfo register, MemorySegment in, MemorySegment data, long dataOut,
            long outBytes) {

        CommandInfo command() {
            return AccessReg.INFO;
        }

        static Access of(Session session, RegisterInfo reg, Integer localPort, Map<String, Long> index) {
            CommandInfo command = AccessReg.INFO;
            LayoutInfo layout = Fields.layout(reg.layout());
            long dataIn = Fields.byteOffset(command.in(), "register_data");
            long dataOut = Fields.byteOffset(command.out(), "register_data");
            MemorySegment in = session.input(command, (layout.sizeBits() + 31) / 32);
            session.codec.set(command.in(), in, "register_id", reg.id());
            MemorySegment data = in.asSlice(dataIn, layout.sizeBytes());
            if (layout.field("local_port").isPresent()) {
                session.codec.set(reg.layout(), data, "local_port", localPort == null ? 1 : localPort);
            } else if (localPort != null) {
                throw new UsageException("register " + reg.name() + " has no local_port field");
            }
            index.forEach((field, value) -> session.codec.set(reg.layout(), data, field, value));
            return new Access(session, reg, in, data, dataOut, dataOut + layout.sizeBytes());
        }

        /** Reads the register: the output mailbox. */
        byte[] read() {
            return send("read");
        }

        /** Writes the register's data as it stands in {@link #data}: the output mailbox. */
        byte[] write() {
            return send("write");
        }

        private byte[] send(String opMod) {
            session.codec.set(command().in(), in, "op_mod", Session.opMod(command(), opMod));
            return session.call(in, outBytes);
        }
    }

    /** The register of that name (any case) or id. */
    static RegisterInfo register(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (n.startsWith("0X")) {
            try {
                int id = Integer.parseInt(n.substring(2), 16);
                return Prm.REGISTRY.registerById(id).orElseThrow(() -> unknown(name));
            } catch (NumberFormatException e) {
                throw unknown(name);
            }
        }
        return Prm.REGISTRY.register(n).orElseThrow(() -> unknown(name));
    }

    private static UsageException unknown(String name) {
        return new UsageException("unknown register '" + name + "' (" + String.join(", ",
                Prm.REGISTRY.registers().stream().map(RegisterInfo::name).toList()) + ")");
    }

    /** Register names for shell completion. */
    static final class Registers implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Prm.REGISTRY.registers().stream().map(RegisterInfo::name).iterator();
        }
    }
}
