package dev.mlx5ctl.schema;

/**
 * The bit of a read whose setting makes it clear what it reads (a counter query's {@code clear}, PPCNT's
 * {@code clr}): with it set, the read is a write, which a read-only file may not send.
 *
 * @param path   the field's dotted path in the command's input, or in the register's data
 * @param offset its bit offset there
 */
public record ClearBit(String path, int offset) {
}
