package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.Registry;
import java.io.Serial;
import java.util.Locale;
import java.util.Optional;

/**
 * The firmware ran a command and answered with a non-zero status. The ioctl itself succeeded: the output mailbox
 * holds the firmware's answer (status, syndrome and whatever else it wrote), and a caller that passed its own
 * output segment can still read it.
 *
 * <p>The message names the command, the status by its name in the schema's status enum, and the syndrome in hex:
 * {@code QUERY_HCA_CAP (0x100) failed: firmware status BAD_PARAM (0x3), syndrome 0x1a2b3c4d: A parameter is invalid
 * or out of range.}
 */
public final class FirmwareException extends DeviceException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int opcode;
    private final int opMod;
    private final int status;
    private final long syndrome;
    private final String commandName;
    private final String statusName;
    private final byte[] reply;

    private FirmwareException(String message, int opcode, int opMod, int status, long syndrome, String commandName,
            String statusName, byte[] reply) {
        super(message);
        this.reply = reply;
        this.opcode = opcode;
        this.opMod = opMod;
        this.status = status;
        this.syndrome = syndrome;
        this.commandName = commandName;
        this.statusName = statusName;
    }

    /**
     * The exception for a reply with this status and syndrome to the command with this opcode, its names taken from
     * {@code registry}: the command's, and the status value's in the enum that types {@code mbox_out.status}.
     */
    public static FirmwareException of(Registry registry, int opcode, int opMod, int status, long syndrome) {
        return of(registry, opcode, opMod, status, syndrome, new byte[0]);
    }

    /** As {@link #of(Registry, int, int, int, long)}, keeping a copy of the output mailbox for {@link #reply()}. */
    public static FirmwareException of(Registry registry, int opcode, int opMod, int status, long syndrome,
            byte[] reply) {
        String command = registry.commandByOpcode(opcode).map(CommandInfo::name)
                .orElse("opcode 0x" + Integer.toHexString(opcode));
        Optional<EnumInfo.Value> value = statusEnum(registry).flatMap(e -> e.byValue(status));
        String name = value.map(v -> v.name().toUpperCase(Locale.ROOT))
                .orElse("0x" + Integer.toHexString(status));
        StringBuilder message = new StringBuilder(command);
        if (registry.commandByOpcode(opcode).isPresent()) {
            message.append(" (0x").append(Integer.toHexString(opcode)).append(')');
        }
        message.append(" failed: firmware status ").append(name);
        if (value.isPresent()) {
            message.append(" (0x").append(Integer.toHexString(status)).append(')');
        } else {
            message.append(" (not a status this schema names)");
        }
        message.append(", syndrome 0x").append(String.format("%08x", syndrome));
        value.map(EnumInfo.Value::doc).filter(d -> !d.isBlank()).ifPresent(d -> message.append(": ").append(d));
        return new FirmwareException(message.toString(), opcode, opMod, status, syndrome, command, name,
                reply.clone());
    }

    // The status enum is whatever types the status field of the generic output header, so no name is assumed.
    private static Optional<EnumInfo> statusEnum(Registry registry) {
        return registry.layout("mbox_out").flatMap(l -> l.field("status")).flatMap(FieldInfo::enumName)
                .flatMap(registry::enumInfo);
    }

    /** The opcode of the command that failed. */
    public int opcode() {
        return opcode;
    }

    /** The op_mod it was sent with. */
    public int opMod() {
        return opMod;
    }

    /** The command's schema name ({@code QUERY_HCA_CAP}), or {@code opcode 0x...} when the schema lacks it. */
    public String commandName() {
        return commandName;
    }

    /** The firmware status, 1 to 255. */
    public int status() {
        return status;
    }

    /** The status's name in the schema ({@code BAD_PARAM}), or its hex value when the schema does not name it. */
    public String statusName() {
        return statusName;
    }

    /** A copy of the output mailbox as the firmware left it (empty if none was kept). */
    public byte[] reply() {
        return reply.clone();
    }

    /** The firmware's syndrome: a 32-bit detail of the failure, meaningful to the firmware's authors. */
    public long syndrome() {
        return syndrome;
    }
}
