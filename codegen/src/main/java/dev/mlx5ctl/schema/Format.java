package dev.mlx5ctl.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a value is written for people and programs, where its bits are not a plain number: the {@code format:} key
 * of a field or layout. The bits stay as the PRM lays them out; only the outputs change.
 */
public enum Format {
    /** Text: bytes up to the first NUL, printable ASCII (PSID, vendor strings, node descriptions). */
    ASCII,
    /** A 48-bit MAC address, {@code 00:11:22:33:44:55}. */
    MAC,
    /** An IPv4 address, {@code 192.0.2.1}. */
    IPV4,
    /** An IPv6 address or an InfiniBand/RoCE GID, {@code fe80::211:22ff:fe33:4455}. */
    IPV6,
    /** Binary-coded decimal: each hex digit is a decimal one (MGIR's 0x2026 is the year 2026). */
    BCD;

    /** The name written in the schema. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** The formats a field or layout may take, for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Format::key).toList());
    }
}
