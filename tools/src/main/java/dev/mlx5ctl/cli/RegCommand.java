package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.prm.AccessReg;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlx5ctl reg NAME}: an access register through ACCESS_REG. A read sends the index fields (the port, a
 * counter group) and prints the register; a write reads the register first, changes the {@code --set} fields and
 * writes it back, so fields not named keep their values, then prints what the device answered.
 */
@Command(name = "reg", description = "Read an access register (ACCESS_REG) by name, or write it with --set.",
        footer = {"", "Examples:", "  mlx5ctl reg PAOS", "  mlx5ctl reg PAOS --set admin_status=down --set ase=1",
            "  mlx5ctl reg PPCNT --index grp=rfc_2863", "  mlx5ctl reg MTMP --index sensor_index=0 temperature"})
final class RegCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "Register name (PAOS, PTYS, PPCNT, MGIR...) or id "
            + "(0x5006); `mlx5ctl schema registers` lists them.", completionCandidates = Registers.class)
    String name;

    @Parameters(index = "1..*", paramLabel = "FIELD", description = "Print only these fields of the register.")
    List<String> fields = List.of();

    @Option(names = "--local-port", paramLabel = "N", description = "The port, for registers with a local_port "
            + "field (default 1 for those).")
    Integer localPort;

    @Option(names = {"-i", "--index"}, paramLabel = "FIELD=VALUE", converter = Assignment.Converter.class,
            description = "A field the device reads to select what to access (grp, sensor_index, page...).")
    List<Assignment> index = new ArrayList<>();

    @Option(names = {"-s", "--set"}, paramLabel = "FIELD=VALUE", converter = Assignment.Converter.class,
            description = "Write the register with this field changed (repeatable).")
    List<Assignment> set = new ArrayList<>();

    @Option(names = "--argument", paramLabel = "N", description = "ACCESS_REG's register-specific argument.")
    Long argument;

    @Override
    int run(GlobalOptions options) {
        RegisterInfo reg = register(name);
        try (Session session = new Session(options)) {
            Access access = Access.of(session, reg, localPort, Map.of());
            if (argument != null) {
                session.codec.set(access.command().in(), access.in(), "argument", argument);
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
                for (Assignment a : set) {
                    session.codec.set(reg.layout(), access.data(), a.path(), a.value());
                }
                out = access.write();
            }
            printer().reply(reg.layout(), out, access.dataOut(), fields,
                    unionMembers(session, reg, MemorySegment.ofArray(out).asSlice(access.dataOut())));
        }
        return ExitCode.OK;
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

    /**
     * The union member a register's selector field chose, for decoding: PPCNT's counter set is the layout of its
     * group ({@code grp}), so a reply shows that group's counters rather than every group's view of the same bytes.
     * A group the schema lays out no counters for shows every view.
     */
    static Map<String, String> unionMembers(Session session, RegisterInfo reg, MemorySegment data) {
        if (!reg.name().equals("PPCNT")) {
            return Map.of();
        }
        long grp = session.codec.get(reg.layout(), data, "grp");
        return Prm.REGISTRY.enumInfo("ppcnt_grp").flatMap(e -> e.byValue(grp))
                .map(v -> Counters.PPCNT_GROUPS.get(v.name())).map(member -> Map.of("counter_set", member))
                .orElse(Map.of());
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
