package dev.mlx5ctl.cli;

/** A mistake in what the user typed that parsing alone cannot see (an unknown register name, say): exit 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
