package dev.mlx5ctl.device;

import java.io.Serial;
import java.util.Optional;

/**
 * A failure to talk to an mlx5ctl device: a system call that failed (then {@link #errno()} says how), a device that
 * does not exist, or one of the two subclasses: a command the firmware answered with an error status
 * ({@link FirmwareException}) and a driver built from another schema ({@link SchemaMismatchException}).
 *
 * <p>The message is one line that says what was attempted, what went wrong and, where there is one, what to do,
 * fit to show a user as it is.
 */
public sealed class DeviceException extends RuntimeException permits FirmwareException, SchemaMismatchException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int errno;

    /** A failure that no errno describes (an unknown device name, a command the driver never takes). */
    public DeviceException(String message) {
        this(message, 0);
    }

    /** A failed system call; {@code errno} is its error number. */
    public DeviceException(String message, int errno) {
        super(message);
        this.errno = errno;
    }

    /** The errno of the failed system call, or 0 when the failure was not one. */
    public int errno() {
        return errno;
    }

    /** {@link #errno()} by its C name, when it is one {@link Errno} knows. */
    public Optional<Errno> errnoName() {
        return errno == 0 ? Optional.empty() : Errno.of(errno);
    }
}
