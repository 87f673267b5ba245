package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.Node;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON writer for what mlx5ctl prints: maps (objects, in their iteration order), lists, strings, numbers,
 * booleans, null and decoded layouts ({@link Node}). Output is indented by two spaces and ends without a newline.
 *
 * <p>Decoded layouts map as follows: a layout is an object of its fields; a plain number field is a JSON number
 * (unsigned), but a field wider than 53 bits is a string of decimal digits, as no common JSON consumer keeps such
 * numbers whole; a field typed by an enum is {@code {"value": 1, "name": "up"}}
 * ({@code "name": null} for a value the enum lacks) and by a flag set {@code {"value": 5, "flags": ["raw_tx", ...]}};
 * an array is a list; a byte array is a string of hex digits.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        value(sb, value, 0);
        return sb.toString();
    }

    /** One line of JSON lines: the same value without newlines or indentation. */
    static String line(Object value) {
        StringBuilder sb = new StringBuilder();
        value(sb, value, COMPACT);
        return sb.toString();
    }

    /** The indent that means: no newlines, no padding. */
    private static final int COMPACT = Integer.MIN_VALUE / 2;

    private static void value(StringBuilder sb, Object value, int indent) {
        switch (value) {
            case null -> sb.append("null");
            case Boolean b -> sb.append(b);
            case Integer i -> sb.append(i);
            case Long l -> sb.append(l);
            case Unsigned u -> sb.append(Long.toUnsignedString(u.value()));
            case Number n -> sb.append(n);
            case String s -> quote(sb, s);
            case Map<?, ?> m -> object(sb, m, indent);
            case List<?> l -> array(sb, l, indent);
            case Node n -> node(sb, n, indent);
            default -> quote(sb, value.toString());
        }
    }

    /** A 64-bit field's raw bits, printed as the unsigned number they are. */
    record Unsigned(long value) {
    }

    /** The widest field JSON carries as a number: 2^53 - 1 is the largest integer jq 1.6 and JavaScript keep. */
    static final int WIDEST_NUMBER = 53;

    /**
     * A field's value as JSON: a number, or for a field wider than {@link #WIDEST_NUMBER} bits (64-bit counters,
     * GUIDs) a string of its decimal digits, whatever the value, so that each field keeps one type.
     */
    static Object number(Node.Scalar s) {
        return s.width() > WIDEST_NUMBER ? Long.toUnsignedString(s.value()) : new Unsigned(s.value());
    }

    private static void object(StringBuilder sb, Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append(indent < 0 ? "{" : "{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            pad(sb, indent + 1);
            quote(sb, String.valueOf(e.getKey()));
            sb.append(indent < 0 ? ":" : ": ");
            value(sb, e.getValue(), indent + 1);
            sb.append(++i < map.size() ? "," : "").append(indent < 0 ? "" : "\n");
        }
        pad(sb, indent);
        sb.append('}');
    }

    private static void array(StringBuilder sb, List<?> list, int indent) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append(indent < 0 ? "[" : "[\n");
        for (int i = 0; i < list.size(); i++) {
            pad(sb, indent + 1);
            value(sb, list.get(i), indent + 1);
            sb.append(i + 1 < list.size() ? "," : "").append(indent < 0 ? "" : "\n");
        }
        pad(sb, indent);
        sb.append(']');
    }

    private static void node(StringBuilder sb, Node node, int indent) {
        switch (node) {
            case Node.Struct s -> {
                Map<String, Object> fields = new java.util.LinkedHashMap<>();
                for (Node f : s.fields()) {
                    fields.put(f.name(), f instanceof Node.Scalar scalar
                            ? scalar(scalar, Fields.enumOf(s.layout(), f.name())) : f);
                }
                object(sb, fields, indent);
            }
            case Node.Array a -> array(sb, a.elements(), indent);
            case Node.Bytes b -> quote(sb, HexFormat.of().formatHex(b.bytes()));
            case Node.Scalar s -> value(sb, number(s), indent);
        }
    }

    /** A scalar as JSON sees it: a number, or for a field typed by an enum an object with its names. */
    static Object scalar(Node.Scalar s, Optional<EnumInfo> enumInfo) {
        Object number = number(s);
        if (enumInfo.isPresent()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("value", number);
            if (enumInfo.get().flags()) {
                m.put("flags", s.symbols());
            } else {
                m.put("name", s.symbols().isEmpty() ? null : s.symbols().getFirst());
            }
            return m;
        }
        return number;
    }

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

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(Math.max(indent, 0)));
    }
}
