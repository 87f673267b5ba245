package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.Node;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Decoded layouts as aligned text: one field a line, names padded to the longest of their level, nested layouts
 * under a {@code name:} line and indented by two spaces, array elements as {@code name[i]}. Values read
 * {@code 17 (0x11)}, enum values {@code up (0x1)}, flag sets {@code raw_tx|tools_resources (0x5)}; byte arrays as
 * text when they hold text, else as hex (a long run of zeros at the end counted, not printed). Zero values (and
 * layouts of only zeros) are left out unless {@code all}.
 */
final class Text {

    private Text() {
    }

    /** What is printed for a reply whose every field is zero, so that silence never looks like a failure. */
    static final String ALL_ZERO = "(every field is zero; --all shows them)\n";

    /** The fields of {@code layout}, without a heading line. */
    static String fields(Node.Struct layout, boolean all) {
        StringBuilder sb = new StringBuilder();
        struct(sb, layout.fields(), "", all);
        return sb.isEmpty() ? ALL_ZERO : sb.toString();
    }

    private static void struct(StringBuilder sb, List<Node> fields, String indent, boolean all) {
        List<Node> shown = new ArrayList<>();
        for (Node n : fields) {
            if (n instanceof Node.Array a) {
                a.elements().stream().filter(e -> all || !isZero(e)).forEach(shown::add);
            } else if (all || !isZero(n)) {
                shown.add(n);
            }
        }
        int width = shown.stream().filter(n -> !(n instanceof Node.Struct)).mapToInt(n -> n.name().length()).max()
                .orElse(0);
        for (Node n : shown) {
            switch (n) {
                case Node.Struct s -> {
                    sb.append(indent).append(s.name()).append(":\n");
                    struct(sb, s.fields(), indent + "  ", all);
                }
                case Node.Array a -> struct(sb, a.elements(), indent, all);
                case Node.Scalar s -> line(sb, indent, s.name(), width, value(s));
                case Node.Bytes b -> line(sb, indent, b.name(), width, bytes(b.bytes()));
                case Node.Text t -> line(sb, indent, t.name(), width, text(t));
            }
        }
    }

    private static void line(StringBuilder sb, String indent, String name, int width, String value) {
        sb.append(indent).append(name).append(" ".repeat(width - name.length() + 2)).append(value).append('\n');
    }

    /** Aligned {@code key  value} lines, in the map's order. */
    static String table(Map<String, ?> rows) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        rows.forEach((k, v) -> line(sb, "", k, width, String.valueOf(v)));
        return sb.toString();
    }

    static boolean isZero(Node n) {
        return switch (n) {
            case Node.Scalar s -> s.value() == 0;
            case Node.Bytes b -> allZero(b.bytes());
            case Node.Struct s -> s.fields().stream().allMatch(Text::isZero);
            case Node.Array a -> a.elements().stream().allMatch(Text::isZero);
            case Node.Text t -> t.text().chars().allMatch(c -> c == '0' || c == ':' || c == '.');
        };
    }

    /** A formatted value: an address as it is written, a string quoted. */
    static String text(Node.Text t) {
        if (t.format() != dev.mlx5ctl.layout.Format.ASCII) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        quote(sb, t.text());
        return sb.toString();
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code up (0x1)}, {@code 17 (0x11)}, {@code 5}, {@code 43 (0x2b) Celsius}. */
    static String value(Node.Scalar s) {
        if (!s.symbols().isEmpty()) {
            return String.join("|", s.symbols()) + " (0x" + Long.toHexString(s.value()) + ")";
        }
        return number(s.value(), s.width()) + s.unit().map(u -> " " + u).orElse("");
    }

    /** A number in decimal, with its hex beside it when that says more (10 and up). */
    static String number(long value, int width) {
        String decimal = Long.toUnsignedString(value);
        return width == 1 || Long.compareUnsigned(value, 10) < 0 ? decimal
                : decimal + " (0x" + Long.toHexString(value) + ")";
    }

    /** Bytes as {@code "text"} when they are printable ASCII padded with NULs, else as hex in groups of four. */
    static String bytes(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        boolean text = end > 0;
        for (int i = 0; i < end && text; i++) {
            text = bytes[i] >= 0x20 && bytes[i] < 0x7f;
        }
        if (text) {
            StringBuilder sb = new StringBuilder();
            quote(sb, new String(bytes, 0, end, java.nio.charset.StandardCharsets.US_ASCII));
            return sb.toString();
        }
        // A long run of zeros at the end (a flexible array sized by the buffer, not by the data) is counted.
        int shown = (end + 3) / 4 * 4;
        if (bytes.length - shown < ZERO_TAIL) {
            shown = bytes.length;
        }
        StringBuilder sb = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < shown; i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(hex.formatHex(bytes, i, Math.min(bytes.length, i + 4)));
        }
        if (shown < bytes.length) {
            sb.append(shown == 0 ? "" : " ").append("(then ").append(bytes.length - shown).append(" zero bytes)");
        }
        return sb.toString();
    }

    /** The fewest trailing zero bytes that are counted rather than printed. */
    private static final int ZERO_TAIL = 32;

    /** A classic hexdump: offset, sixteen bytes in hex, and their printable characters. */
    static String hexdump(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (int off = 0; off < bytes.length; off += 16) {
            sb.append(String.format("%08x ", off));
            StringBuilder ascii = new StringBuilder();
            for (int i = off; i < off + 16; i++) {
                if (i % 8 == 0) {
                    sb.append(' ');
                }
                if (i < bytes.length) {
                    sb.append(hex.toHexDigits(bytes[i])).append(' ');
                    ascii.append(bytes[i] >= 0x20 && bytes[i] < 0x7f ? (char) bytes[i] : '.');
                } else {
                    sb.append("   ");
                }
            }
            sb.append(" |").append(ascii).append("|\n");
        }
        return sb.toString();
    }

    /** {@code s} quoted and escaped as a JSON string literal is: how text output shows a string. */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
