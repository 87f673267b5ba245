package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.Device;
import dev.mlx5ctl.device.OpenOptions;
import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.MboxIn;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Locale;

/**
 * One device opened for one invocation, and the way every subcommand talks to it: build an input mailbox by field
 * names, run it at the scope asked for (or the least the schema allows), get the output mailbox back.
 */
final class Session implements AutoCloseable {

    final LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);
    private final GlobalOptions options;
    private Device device;

    Session(GlobalOptions options) {
        this.options = options;
    }

    /** The device, opened on first use (commands that fail on their arguments never open it). */
    Device device() {
        if (options.explain()) {
            throw new UsageException("--explain shows a single firmware command; this one first sets up the device "
                    + "(registers memory or reads its state): run it without --explain");
        }
        if (device == null) {
            device = Device.open(options.device(), OpenOptions.defaults().withStrict(options.strict())
                    .withWarnings(w -> options.err().println("mlx5ctl: warning: " + w)));
        }
        return device;
    }

    /** The command named by its schema name in any case, dashes for underscores, or its opcode (0x...). */
    static CommandInfo command(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (n.startsWith("0X")) {
            try {
                int opcode = Integer.parseInt(n.substring(2), 16);
                return Prm.REGISTRY.commandByOpcode(opcode).orElseThrow(() -> new UsageException(
                        "opcode " + name + " is not a command of the schema (see mlx5ctl schema)"));
            } catch (NumberFormatException e) {
                throw new UsageException("'" + name + "' is not an opcode");
            }
        }
        return Prm.REGISTRY.command(n).orElseThrow(() -> new UsageException("unknown command '" + name
                + "' (see mlx5ctl schema for the list)"));
    }

    /** A zeroed input mailbox of {@code command} with its opcode set, room for {@code flexible} tail elements. */
    MemorySegment input(CommandInfo command, int flexible) {
        MemorySegment in = codec.allocate(command.in(), flexible);
        Bits.set(in, MboxIn.OPCODE_OFFSET, MboxIn.OPCODE_WIDTH, command.opcode());
        return in;
    }

    /** Sets each {@code field=value} in the input mailbox of {@code command}. */
    void apply(CommandInfo command, MemorySegment in, List<Assignment> assignments) {
        for (Assignment a : assignments) {
            codec.set(command.in(), in, a.path(), a.value());
        }
    }

    /** The op_mod value {@code name} stands for in the command's op_mod enum ({@code read} of ACCESS_REG). */
    static long opMod(CommandInfo command, String name) {
        return command.opMod().flatMap(CommandInfo.OpModInfo::enumName).flatMap(Prm.REGISTRY::enumInfo)
                .flatMap(e -> e.byName(name)).orElseThrow(() -> new IllegalStateException(
                        "the schema's " + command.name() + " has no op_mod named " + name)).value();
    }

    /**
     * Runs the mailbox at the scope asked for, or the least the schema allows; the output mailbox. Under
     * {@code --explain} it prints what it would send instead and ends the command ({@link Explained}).
     */
    byte[] call(MemorySegment in, long outBytes) {
        if (options.explain()) {
            Explanation.of(in, outBytes, options.scopeOverride()).print(new Printer(options));
            throw new Explained();
        }
        Device d = device();
        Scope scope = options.scopeOverride().orElseGet(() -> d.requiredScope(in));
        MemorySegment out = MemorySegment.ofArray(new byte[Math.toIntExact(outBytes)]);
        d.execute(scope, in, out);
        return out.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    /** The fixed size of the output mailbox of {@code command}, in bytes. */
    long outBytes(CommandInfo command) {
        return Fields.layout(command.out()).sizeBytes();
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
    }

    /** Ends a command whose first mailbox {@code --explain} has printed: exit 0, nothing more to say. */
    static final class Explained extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Explained() {
            super("explained", null, false, false);
        }
    }
}
