package dev.mlx5ctl.schema;

import java.util.Optional;

/**
 * What a command does to the device: {@link #READ} changes nothing there (a query), {@link #WRITE} may change
 * something. A file opened read-only may send only reads, so a command is a write unless the schema says otherwise.
 * A register access's effect is its op_mod's (read, or anything else: write).
 */
public enum Effect {
    READ("read"),
    WRITE("write");

    private final String schemaName;

    Effect(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The spelling used in schema files. */
    public String schemaName() {
        return schemaName;
    }

    public static Optional<Effect> bySchemaName(String name) {
        for (Effect e : values()) {
            if (e.schemaName.equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
