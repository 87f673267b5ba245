package dev.mlx5ctl.schema;

import java.util.Optional;

/**
 * How a field's value is shown: its {@code format:} and {@code unit:} keys. Presentation only: neither is part of
 * the bits, the kernel's tables or the schema id.
 *
 * @param format how to write the value, if not as a number
 * @param unit   what a number counts ({@code "Celsius/8"}, {@code "Mb/s"}), written after it in text output
 */
public record Shown(Optional<Format> format, Optional<String> unit) {

    /** A plain number (or bytes) without a unit. */
    public static final Shown PLAIN = new Shown(Optional.empty(), Optional.empty());

    public boolean isPlain() {
        return format.isEmpty() && unit.isEmpty();
    }
}
