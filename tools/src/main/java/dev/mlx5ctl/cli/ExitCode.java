package dev.mlx5ctl.cli;

/**
 * The exit statuses of {@code mlx5ctl}, one per kind of failure, so that scripts can tell a firmware refusal from a
 * typing mistake. The {@code --help} footer and the README list them from {@link #FOOTER}.
 */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The firmware answered with a non-zero status (the message names it and the syndrome). */
    public static final int FIRMWARE = 1;
    /** A usage error: unknown option, subcommand, device number syntax, register, field or value; a value too wide. */
    public static final int USAGE = 2;
    /** The device or the driver refused: no such device, no permission, an ioctl errno. */
    public static final int DEVICE = 3;
    /** The driver was built from another schema and {@code --strict} was given. */
    public static final int SCHEMA_MISMATCH = 4;
    /** A file could not be read or written ({@code -o FILE}). */
    public static final int FILE = 5;
    /** A bug in mlx5ctl itself (the message says so; MLX5CTL_DEBUG=1 shows the trace). */
    public static final int INTERNAL = 70;

    /** The exit status table as the help footer shows it. */
    static final String[] FOOTER = {
        "",
        "Exit status:",
        "  0   success",
        "  1   the firmware answered with an error status",
        "  2   usage error (option, name, field, value, value too wide)",
        "  3   device or driver error (no device, no permission, errno)",
        "  4   driver schema differs and --strict was given",
        "  5   a file could not be written (-o FILE)",
        "  70  internal error (MLX5CTL_DEBUG=1 prints the stack trace)",
    };

    private ExitCode() {
    }
}
