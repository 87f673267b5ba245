package dev.mlx5ctl.device;

import java.io.Serial;
import java.util.Optional;

/**
 * The driver's policy table was generated from another schema than this program's bindings (or the driver does not
 * say which), and the device was opened with {@link OpenOptions#strict()}. Without {@code strict} the same finding
 * is only a warning.
 */
public final class SchemaMismatchException extends DeviceException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String driverSchemaId;
    private final String bindingsSchemaId;

    SchemaMismatchException(String message, Optional<String> driverSchemaId, String bindingsSchemaId) {
        super(message);
        this.driverSchemaId = driverSchemaId.orElse(null);
        this.bindingsSchemaId = bindingsSchemaId;
    }

    /** The schema identity the driver reports (hex SHA-256), empty if it reports none. */
    public Optional<String> driverSchemaId() {
        return Optional.ofNullable(driverSchemaId);
    }

    /** The schema identity of the bindings this program was built with. */
    public String bindingsSchemaId() {
        return bindingsSchemaId;
    }
}
