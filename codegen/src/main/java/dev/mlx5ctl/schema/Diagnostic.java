package dev.mlx5ctl.schema;

/**
 * One problem found in a schema. Diagnostics are values: the loader and validator collect them all, and only the
 * command line turns them into text and an exit code.
 */
public record Diagnostic(Location location, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(location, Severity.ERROR, message);
    }

    /** gcc style: {@code schema/mlx5/hca.yaml:12:5: error: field 'op_mod' overlaps 'uid' (bits 0x10-0x1f)}. */
    public String format() {
        return location + ": " + severity.label() + ": " + message;
    }
}
