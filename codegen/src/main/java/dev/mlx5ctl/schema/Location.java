package dev.mlx5ctl.schema;

/**
 * Where a schema element was written: the file as it was named to the loader, and a 1-based line and column.
 * Every model element keeps one, so that every diagnostic can point at the text that caused it. Line 0 means the
 * whole file or directory (nothing in it to point at).
 */
public record Location(String file, int line, int column) {

    /** Formats as gcc does: {@code schema/mlx5/hca.yaml:12:5}, or just the file for line 0. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
