package dev.mlx5ctl.layout;

import java.util.List;
import java.util.OptionalInt;

/**
 * An ACCESS_REG register: its 16-bit register_id, the layout of its data, and the least scope that reads it and
 * that writes it (the driver holds ACCESS_REG to the higher of those and the op_mod's); {@code clearBit} is the bit
 * of its data that makes a read clear what it reads (PPCNT's clr).
 *
 * <p>As mstreg marks a register's fields: {@code index} are the fields the device reads to select what it accesses
 * (the port, a group, a sensor), {@code readOnly} those a write cannot change, every field if {@code allReadOnly};
 * paths into the layout. {@link #access} says which a field is.
 */
public record RegisterInfo(String name, int id, String layout, Scope read, Scope write, String doc,
        OptionalInt clearBit, List<String> index, List<String> readOnly, boolean allReadOnly) {

    public RegisterInfo {
        index = List.copyOf(index);
        readOnly = List.copyOf(readOnly);
    }

    public RegisterInfo(String name, int id, String layout, Scope read, Scope write, String doc,
            OptionalInt clearBit) {
        this(name, id, layout, read, write, doc, clearBit, List.of(), List.of(), false);
    }

    /** A register whose reads clear nothing. */
    public RegisterInfo(String name, int id, String layout, Scope read, Scope write, String doc) {
        this(name, id, layout, read, write, doc, OptionalInt.empty());
    }

    /** The same register with its fields marked index or read-only. */
    public RegisterInfo marked(List<String> index, List<String> readOnly, boolean allReadOnly) {
        return new RegisterInfo(name, id, layout, read, write, doc, clearBit, index, readOnly, allReadOnly);
    }

    /** The scopes of a register the schema does not know, as the driver applies them. */
    public static final Scope UNKNOWN_READ = Scope.DEBUG_READ_ONLY;
    public static final Scope UNKNOWN_WRITE = Scope.DEBUG_WRITE_FULL;

    /** The scope of a read ({@code read} true) or write of this register. */
    public Scope scopeFor(boolean read) {
        return read ? this.read : write;
    }

    /** How a field of the register is accessed, as mstreg prints it. */
    public enum Access {
        /** The device reads it to select what is accessed; a write leaves it as given. */
        INDEX,
        /** The device reports it; a write cannot change it. */
        RO,
        /** Read and written. */
        RW
    }

    /** How the field at {@code path} (a full path into the layout) is accessed. */
    public Access access(String path) {
        if (index.contains(path)) {
            return Access.INDEX;
        }
        return allReadOnly || readOnly.contains(path) ? Access.RO : Access.RW;
    }
}
