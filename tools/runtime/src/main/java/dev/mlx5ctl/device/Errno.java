package dev.mlx5ctl.device;

import java.util.Optional;

/**
 * The Linux errno values the mlx5ctl driver and the calls around it return, by their C names. Numbers are the
 * generic ones x86-64 and arm64 share.
 */
public enum Errno {
    /** Operation not permitted (1). */
    EPERM(1, "operation not permitted"),
    /** No such file or directory (2). */
    ENOENT(2, "no such file or directory"),
    /** Interrupted system call (4). */
    EINTR(4, "interrupted system call"),
    /** Input/output error (5). */
    EIO(5, "input/output error"),
    /** No such device or address (6). */
    ENXIO(6, "no such device or address"),
    /** Argument list too long (7). */
    E2BIG(7, "argument list too long"),
    /** Bad file descriptor (9). */
    EBADF(9, "bad file descriptor"),
    /** Resource temporarily unavailable (11). */
    EAGAIN(11, "resource temporarily unavailable"),
    /** Cannot allocate memory (12). */
    ENOMEM(12, "cannot allocate memory"),
    /** Permission denied (13). */
    EACCES(13, "permission denied"),
    /** Bad address (14). */
    EFAULT(14, "bad address"),
    /** Device or resource busy (16). */
    EBUSY(16, "device or resource busy"),
    /** No such device (19). */
    ENODEV(19, "no such device"),
    /** Invalid argument (22). */
    EINVAL(22, "invalid argument"),
    /** Too many open files (24). */
    EMFILE(24, "too many open files"),
    /** Inappropriate ioctl for device (25). */
    ENOTTY(25, "inappropriate ioctl for device"),
    /** No space left on device (28). */
    ENOSPC(28, "no space left on device"),
    /** Bad message (74). */
    EBADMSG(74, "bad message"),
    /** Message too long (90). */
    EMSGSIZE(90, "message too long"),
    /** Operation not supported (95). */
    EOPNOTSUPP(95, "operation not supported"),
    /** Connection timed out (110). */
    ETIMEDOUT(110, "connection timed out");

    private static final Errno[] VALUES = values();

    private final int number;
    private final String description;

    Errno(int number, String description) {
        this.number = number;
        this.description = description;
    }

    /** The errno number. */
    public int number() {
        return number;
    }

    /** What strerror says, in lower case. */
    public String description() {
        return description;
    }

    /** The errno of that number, if this enum names it. */
    public static Optional<Errno> of(int number) {
        for (Errno e : VALUES) {
            if (e.number == number) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@code EINVAL (22)}, or {@code errno 123} for a number this enum does not name. */
    public static String describe(int number) {
        return of(number).map(e -> e.name() + " (" + number + ")").orElse("errno " + number);
    }
}
