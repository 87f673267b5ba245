package dev.mlx5ctl.layout;

/**
 * The least privilege a command needs, as fwctl defines RPC scopes (the schema's {@code scope:}). {@link #KERNEL}
 * marks commands only the driver issues; the driver refuses them from user space.
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
}
