package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.UctxCap;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the driver says about a device and this open file: the V4 {@code MLX5CTL_IOCTL_INFO} answer and, from a
 * driver that has it, the {@code MLX5CTL_IOCTL_DEVICE_INFO} answer.
 *
 * @param name             the device's name ({@code mlx5ctl_sim.ctl.0})
 * @param uctxUid          the firmware user context every RPC of this file runs under
 * @param uctxCap          capabilities of that user context (bits of {@link UctxCap})
 * @param devUctxCap       capabilities the device offers to user contexts
 * @param ucap             capabilities granted to the opener (V4's {@code ucap})
 * @param scopes           the RPC scopes this file may use; empty when the driver has no DEVICE_INFO
 * @param maxInLength      the largest input mailbox the scoped RPC takes (0 when unknown)
 * @param maxOutLength     the largest output mailbox the scoped RPC takes (0 when unknown)
 * @param driverSchemaId   the schema identity of the driver's policy table, as lower-case hex; empty when the
 *                         driver has no DEVICE_INFO
 * @param bindingsSchemaId the schema identity of this program's bindings ({@code Prm.SCHEMA_ID})
 */
public record DeviceInfo(String name, int uctxUid, int uctxCap, int devUctxCap, int ucap, Set<Scope> scopes,
        long maxInLength, long maxOutLength, Optional<String> driverSchemaId, String bindingsSchemaId) {

    /** Keeps the scopes in scope order, unmodifiable. */
    public DeviceInfo {
        scopes = scopes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    /** How the driver's schema compares with the bindings'. */
    public enum SchemaMatch {
        /** Both come from the same schema: every command the bindings know, the driver's policy knows alike. */
        MATCH,
        /** Different schemas: layouts, opcodes or scopes may differ between this program and the driver. */
        MISMATCH,
        /** The driver does not report its schema (it has no DEVICE_INFO ioctl). */
        UNKNOWN
    }

    /** Whether the driver was generated from the same schema as this program's bindings. */
    public SchemaMatch schemaMatch() {
        return driverSchemaId.map(id -> id.equalsIgnoreCase(bindingsSchemaId) ? SchemaMatch.MATCH
                : SchemaMatch.MISMATCH).orElse(SchemaMatch.UNKNOWN);
    }

    /** {@link #uctxCap()} as flags. */
    public Set<UctxCap> uctxCaps() {
        return UctxCap.decode(Integer.toUnsignedLong(uctxCap));
    }

    /** {@link #devUctxCap()} as flags. */
    public Set<UctxCap> devUctxCaps() {
        return UctxCap.decode(Integer.toUnsignedLong(devUctxCap));
    }

    /** {@link #ucap()} as flags. */
    public Set<UctxCap> ucaps() {
        return UctxCap.decode(Integer.toUnsignedLong(ucap));
    }

    /** The one-line warning or refusal for a schema that is not {@link SchemaMatch#MATCH}; empty if it matches. */
    public Optional<String> schemaProblem() {
        return switch (schemaMatch()) {
            case MATCH -> Optional.empty();
            case MISMATCH -> Optional.of("device " + name + ": the driver was built from schema "
                    + abbreviate(driverSchemaId.orElseThrow()) + ", this program from schema "
                    + abbreviate(bindingsSchemaId) + "; commands, layouts or scopes may differ between them");
            case UNKNOWN -> Optional.of("device " + name + ": the driver does not report its schema identity "
                    + "(no DEVICE_INFO ioctl: an older driver?); commands may differ from this program's schema "
                    + abbreviate(bindingsSchemaId));
        };
    }

    // Twelve hex digits tell schemas apart for a reader, as short git hashes do.
    private static String abbreviate(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
