package dev.mlx5ctl.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of mlx5ctl: its exit status and what it printed. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Mlx5ctl.run(o, e, args);
        }
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The raw bytes written to stdout (for --raw). */
    static byte[] rawOut(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            Mlx5ctl.run(o, e, args);
        }
        return out.toByteArray();
    }

    /** stderr is exactly one line, mlx5ctl's (text, or under --json one JSON object), with no trace of a stack. */
    boolean oneErrorLine() {
        return (err.startsWith("mlx5ctl: ") || err.startsWith("{\"error\":{")) && err.endsWith("\n")
                && err.indexOf('\n') == err.length() - 1 && !err.contains("Exception") && !err.contains("\tat ");
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
