package dev.mlx5ctl.schema;

/**
 * An ACCESS_REG register: its register_id, the layout of its data, and the least scope that reads it and that
 * writes it. The driver holds ACCESS_REG to the higher of the command's scope for the op_mod and the register's for
 * the direction; a register the schema does not know reads at {@link #UNKNOWN_READ} and writes at
 * {@link #UNKNOWN_WRITE} (the kernel's rpc.c and the Java runtime follow the same rule).
 */
public record Register(String name, int id, String layout, Scope read, Scope write, String doc, Location location) {

    /** The read scope of a register that does not say, and of one the schema does not know. */
    public static final Scope UNKNOWN_READ = Scope.DEBUG_READ_ONLY;
    /** The write scope of a register that does not say, and of one the schema does not know. */
    public static final Scope UNKNOWN_WRITE = Scope.DEBUG_WRITE_FULL;

    /** A register with the default scopes. */
    public Register(String name, int id, String layout, String doc, Location location) {
        this(name, id, layout, UNKNOWN_READ, UNKNOWN_WRITE, doc, location);
    }
}
