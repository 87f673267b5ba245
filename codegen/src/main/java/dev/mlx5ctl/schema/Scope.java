package dev.mlx5ctl.schema;

import java.util.Optional;

/**
 * The least privilege a command needs, as fwctl defines RPC scopes. {@link #KERNEL} marks commands that only the
 * driver itself issues (user contexts, umems): a user RPC carrying them is refused.
 */
public enum Scope {
    CONFIGURATION("configuration", 0),
    DEBUG_READ_ONLY("debug-read-only", 1),
    DEBUG_WRITE("debug-write", 2),
    DEBUG_WRITE_FULL("debug-write-full", 3),
    KERNEL("kernel", -1);

    private final String schemaName;
    private final int uapiValue;

    Scope(String schemaName, int uapiValue) {
        this.schemaName = schemaName;
        this.uapiValue = uapiValue;
    }

    /** The spelling used in schema files. */
    public String schemaName() {
        return schemaName;
    }

    /** The value of {@code enum mlx5ctl_rpc_scope} in the uAPI, or -1 for {@link #KERNEL}. */
    public int uapiValue() {
        return uapiValue;
    }

    public static Optional<Scope> bySchemaName(String name) {
        for (Scope s : values()) {
            if (s.schemaName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
