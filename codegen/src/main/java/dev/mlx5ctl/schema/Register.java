package dev.mlx5ctl.schema;

import java.util.List;
import java.util.Optional;

/**
 * An ACCESS_REG register: its register_id, the layout of its data, and the least scope that reads it and that
 * writes it. The driver holds ACCESS_REG to the higher of the command's scope for the op_mod and the register's for
 * the direction; a register the schema does not know reads at {@link #UNKNOWN_READ} and writes at
 * {@link #UNKNOWN_WRITE} (the kernel's rpc.c and the Java runtime follow the same rule). {@code clears} is the bit
 * of its data that makes a read clear what it reads (PPCNT's {@code clr}).
 *
 * <p>As mstreg marks fields INDEX, RO or RW: {@code index} are the fields the device reads to select what it
 * accesses (the port, a counter group, a sensor), {@code readOnly} those a write cannot change, every field if
 * {@code allReadOnly}; each a path into the layout ({@code local_port}, {@code counter_set.x}).
 */
public record Register(String name, int id, String layout, Scope read, Scope write, String doc, Location location,
        Optional<ClearBit> clears, List<String> index, List<String> readOnly, boolean allReadOnly) {

    public Register {
        index = List.copyOf(index);
        readOnly = List.copyOf(readOnly);
    }

    /** A register without index or read-only marks. */
    public Register(String name, int id, String layout, Scope read, Scope write, String doc, Location location,
            Optional<ClearBit> clears) {
        this(name, id, layout, read, write, doc, location, clears, List.of(), List.of(), false);
    }

    /** A register whose reads clear nothing. */
    public Register(String name, int id, String layout, Scope read, Scope write, String doc, Location location) {
        this(name, id, layout, read, write, doc, location, Optional.empty());
    }

    /**
     * The input layout of the register access commands (ACCESS_REG, ACCESS_REGISTER_USER): a command with it is held
     * to the register's scope for the direction as well as its own, and reads or writes as its op_mod says.
     */
    public static final String ENVELOPE = "access_register_in";

    /** The read scope of a register that does not say, and of one the schema does not know. */
    public static final Scope UNKNOWN_READ = Scope.DEBUG_READ_ONLY;
    /** The write scope of a register that does not say, and of one the schema does not know. */
    public static final Scope UNKNOWN_WRITE = Scope.DEBUG_WRITE_FULL;

    /** A register with the default scopes. */
    public Register(String name, int id, String layout, String doc, Location location) {
        this(name, id, layout, UNKNOWN_READ, UNKNOWN_WRITE, doc, location);
    }
}
