package dev.mlx5ctl.layout;

import java.util.OptionalInt;

/**
 * An ACCESS_REG register: its 16-bit register_id, the layout of its data, and the least scope that reads it and
 * that writes it (the driver holds ACCESS_REG to the higher of those and the op_mod's); {@code clearBit} is the bit
 * of its data that makes a read clear what it reads (PPCNT's clr).
 */
public record RegisterInfo(String name, int id, String layout, Scope read, Scope write, String doc,
        OptionalInt clearBit) {

    /** A register whose reads clear nothing. */
    public RegisterInfo(String name, int id, String layout, Scope read, Scope write, String doc) {
        this(name, id, layout, read, write, doc, OptionalInt.empty());
    }

    /** The scopes of a register the schema does not know, as the driver applies them. */
    public static final Scope UNKNOWN_READ = Scope.DEBUG_READ_ONLY;
    public static final Scope UNKNOWN_WRITE = Scope.DEBUG_WRITE_FULL;

    /** The scope of a read ({@code read} true) or write of this register. */
    public Scope scopeFor(boolean read) {
        return read ? this.read : write;
    }
}
