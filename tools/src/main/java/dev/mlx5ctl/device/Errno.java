package dev.mlx5ctl.device;

import java.util.Optional;

/**
 * The Linux errno values the mlx5ctl driver and the calls around it return, by their C names. Numbers are the
 * generic ones x86-64 and arm64 share.
 */
public enum Errno {
    EPERM(1, "operation not permitted"),
    ENOENT(2, "no such file or directory"),
    EINTR(4, "interrupted system call"),
    EIO(5, "input/output error"),
    ENXIO(6, "no such device or address"),
    E2BIG(7, "argument list too long"),
    EBADF(9, "bad file descriptor"),
    EAGAIN(11, "resource temporarily unavailable"),
    ENOMEM(12, "cannot allocate memory"),
    EACCES(13, "permission denied"),
    EFAULT(14, "bad address"),
    EBUSY(16, "device or resource busy"),
    ENODEV(19, "no such device"),
    EINVAL(22, "invalid argument"),
    EMFILE(24, "too many open files"),
    ENOTTY(25, "inappropriate ioctl for device"),
    ENOSPC(28, "no space left on device"),
    EBADMSG(74, "bad message"),
    EMSGSIZE(90, "message too long"),
    EOPNOTSUPP(95, "operation not supported"),
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
