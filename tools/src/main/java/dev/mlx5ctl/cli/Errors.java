package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.device.FirmwareException;
import dev.mlx5ctl.device.SchemaMismatchException;
import dev.mlx5ctl.layout.LayoutException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns every failure into one line on stderr and an {@link ExitCode}: users never see a stack trace (set
 * {@code MLX5CTL_DEBUG=1} to get one for a bug report).
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = oneLine(e.getMessage()) + " (see " + cl.getCommandSpec().qualifiedName() + " --help)";
        boolean json = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-j") || a.equals("--json")
                || a.matches("-[a-zA-Z]*j[a-zA-Z]*") && !a.startsWith("--"));
        say(cl, json, message, e, ExitCode.USAGE);
        return ExitCode.USAGE;
    }

    /**
     * Says a failure on stderr: one line of text, or under {@code --json} one JSON object, {@code {"error": {...}}}
     * with the message, the exit status, its kind, and the errno or firmware status when there is one.
     */
    private static void say(CommandLine cl, boolean json, String message, Throwable e, int status) {
        if (!json) {
            cl.getErr().println("mlx5ctl: " + message);
        } else {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", message);
            error.put("exit_status", status);
            error.put("kind", switch (status) {
                case ExitCode.FIRMWARE -> "firmware";
                case ExitCode.USAGE -> "usage";
                case ExitCode.DEVICE -> "device";
                case ExitCode.SCHEMA_MISMATCH -> "schema_mismatch";
                case ExitCode.FILE -> "file";
                default -> "internal";
            });
            if (e instanceof FirmwareException f) {
                error.put("command", f.commandName());
                error.put("status", f.statusName());
                error.put("syndrome", String.format("0x%08x", f.syndrome()));
            } else if (e instanceof DeviceException d && d.errno() != 0) {
                error.put("errno", d.errnoName().map(Enum::name).orElse(Integer.toString(d.errno())));
            }
            cl.getErr().println(Json.line(Map.of("error", error)));
        }
        cl.getErr().flush();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof Session.Explained) {
            return ExitCode.OK;
        }
        int status = exitCode(e);
        String message = status == ExitCode.INTERNAL
                ? "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + " (MLX5CTL_DEBUG=1 shows where)"
                : oneLine(e.getMessage());
        if (e instanceof UncheckedIOException io) {
            message = oneLine(io.getCause().getMessage());
        }
        boolean json = cl.getCommandSpec().root().userObject() instanceof Mlx5ctl root && root.options().json();
        say(cl, json, message, e, status);
        if (System.getenv("MLX5CTL_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
            cl.getErr().flush();
        }
        return status;
    }

    /** The exit status for a failure. */
    static int exitCode(Throwable e) {
        return switch (e) {
            case FirmwareException f -> ExitCode.FIRMWARE;
            case SchemaMismatchException s -> ExitCode.SCHEMA_MISMATCH;
            case DeviceException d -> ExitCode.DEVICE;
            case ParameterException p -> ExitCode.USAGE;
            case UsageException u -> ExitCode.USAGE;
            case LayoutException l -> ExitCode.USAGE;
            case FileException f -> ExitCode.FILE;
            case UncheckedIOException io -> ExitCode.FILE;
            // The runtime refuses impossible requests (a mailbox size out of range) as bad arguments.
            case IllegalArgumentException i -> ExitCode.USAGE;
            default -> ExitCode.INTERNAL;
        };
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed without a message";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** A file that could not be written or read, with the path in the message: exit 5. */
    static final class FileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FileException(String what, java.nio.file.Path path, IOException cause) {
            super("cannot " + what + " " + path + ": " + describe(cause), cause);
        }

        private static String describe(IOException e) {
            return switch (e) {
                case java.nio.file.NoSuchFileException n -> "no such file or directory";
                case java.nio.file.AccessDeniedException a -> "permission denied";
                case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
                default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            };
        }
    }
}
