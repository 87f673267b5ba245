package dev.mlx5ctl.layout;

/**
 * How a value is written for people and programs where its bits are not a plain number: the schema's
 * {@code format:} of a field or layout. {@link Formats#present} applies them to decoded trees.
 */
public enum Format {
    /** Text: the bytes up to the first NUL; other bytes outside printable ASCII as {@code \xNN}. */
    ASCII,
    /** A MAC address, {@code 00:11:22:33:44:55}. */
    MAC,
    /** An IPv4 address, {@code 192.0.2.1}. */
    IPV4,
    /** An IPv6 address or a GID, in RFC 5952's canonical text ({@code fe80::211:22ff:fe33:4455}). */
    IPV6,
    /** Binary-coded decimal: the hex digits read as decimal ones (0x2026 is 2026). */
    BCD;

    /** Whether the value is text (a JSON string) rather than a number. */
    public boolean isText() {
        return this != BCD;
    }

    /** The bytes (big-endian, as the PRM stores them) as this format's text. */
    public String text(byte[] b) {
        return switch (this) {
            case ASCII -> ascii(b);
            case MAC -> join(b, ":");
            case IPV4 -> (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
            case IPV6 -> ipv6(b);
            case BCD -> Long.toString(bcd(toLong(b)));
        };
    }

    /** A BCD value's decimal reading: 0x2026 is 2026. A nibble above 9 reads as its value (0xa as 10). */
    public static long bcd(long raw) {
        long value = 0;
        long scale = 1;
        for (long r = raw; r != 0; r >>>= 4) {
            value += (r & 0xf) * scale;
            scale *= 10;
        }
        return value;
    }

    /** The low {@code bits} of {@code value} as big-endian bytes. */
    public static byte[] bytes(long value, int bits) {
        byte[] b = new byte[bits / 8];
        for (int i = 0; i < b.length; i++) {
            b[b.length - 1 - i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    private static long toLong(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xff);
        }
        return v;
    }

    private static String ascii(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            if (x == 0) {
                break;
            }
            if (x >= 0x20 && x < 0x7f) {
                sb.append((char) x);
            } else {
                sb.append(String.format("\\x%02x", x & 0xff));
            }
        }
        return sb.toString();
    }

    private static String join(byte[] b, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            sb.append(i == 0 ? "" : sep).append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    /** RFC 5952: lower-case hex, leading zeros dropped, the longest run of two or more zero groups as "::". */
    private static String ipv6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** The schema's name for it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
