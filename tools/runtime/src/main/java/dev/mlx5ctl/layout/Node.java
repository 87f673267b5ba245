package dev.mlx5ctl.layout;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A decoded layout as a tree of named values: what {@link LayoutCodec#decode} returns, for pretty and JSON output.
 * Names are the schema's; reserved gaps are left out.
 */
public sealed interface Node {

    /** The schema name of the field ({@code log_max_qp}), an element's {@code name[i]}, or the layout's name. */
    String name();

    /**
     * An unsigned integer (a 64-bit field holds raw bits, so it may print negative as a long).
     *
     * @param symbols the enum value naming it (one, or none if the enum lacks the value), or for a flag set the
     *                names of the flags that are set; empty for a field without an enum
     * @param unit    what the number counts, as the schema says ({@link Formats#present} fills it in)
     */
    record Scalar(String name, long value, int width, List<String> symbols, Optional<String> unit) implements Node {

        public Scalar {
            symbols = List.copyOf(symbols);
        }

        public Scalar(String name, long value, int width, List<String> symbols) {
            this(name, value, width, symbols, Optional.empty());
        }

        @Override
        public String toString() {
            String hex = "0x" + Long.toHexString(value);
            return symbols.isEmpty() ? hex : String.join("|", symbols) + "(" + hex + ")";
        }
    }

    /** A layout or union, its fields in order. */
    record Struct(String name, String layout, List<Node> fields) implements Node {

        public Struct {
            fields = List.copyOf(fields);
        }

        /** The named child, or null. */
        public Node field(String fieldName) {
            for (Node n : fields) {
                if (n.name().equals(fieldName)) {
                    return n;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", layout + "{", "}");
            fields.forEach(f -> j.add(f.name() + "=" + f));
            return j.toString();
        }
    }

    /** An array of scalars or layouts. */
    record Array(String name, List<Node> elements) implements Node {

        public Array {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            elements.forEach(e -> j.add(e.toString()));
            return j.toString();
        }
    }

    /**
     * A value the schema gives a text format (an address, a string), as that text: what {@link Formats#present}
     * makes of the field or layout.
     */
    record Text(String name, String text, Format format) implements Node {

        @Override
        public String toString() {
            return text;
        }
    }

    /** A byte array (8-bit elements without an enum), copied out of the segment. */
    record Bytes(String name, byte[] bytes) implements Node {

        public Bytes {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.name.equals(name) && java.util.Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(bytes);
        }
    }

    /**
     * The name of the 64-bit counter that two 32-bit fields are the halves of, as the PRM splits some
     * ({@code a_frames_transmitted_ok_high} then {@code a_frames_transmitted_ok_low}); empty if they are not such a
     * pair, adjacent and in that order.
     */
    static Optional<String> joinedName(String high, int highWidth, String low, int lowWidth) {
        if (highWidth != 32 || lowWidth != 32 || !high.endsWith("_high") || high.length() == 5) {
            return Optional.empty();
        }
        String name = high.substring(0, high.length() - 5);
        return low.equals(name + "_low") ? Optional.of(name) : Optional.empty();
    }

    /** {@link #joinedName} of two fields of a layout. */
    static Optional<String> joinedName(FieldInfo high, FieldInfo low) {
        if (high.kind() != FieldInfo.Kind.SCALAR || low.kind() != FieldInfo.Kind.SCALAR
                || low.offset() != high.offset() + high.width()) {
            return Optional.empty();
        }
        return joinedName(high.name(), high.width(), low.name(), low.width());
    }

    /**
     * The same tree with each pair of 32-bit halves of a 64-bit counter (X_high then X_low) shown as the one
     * 64-bit value X, at every depth: what people and programs read, where the PRM's layout is bit-exact.
     */
    static Struct joinHalves(Struct struct) {
        List<Node> out = new java.util.ArrayList<>();
        List<Node> in = struct.fields();
        for (int i = 0; i < in.size(); i++) {
            Node n = in.get(i);
            if (n instanceof Scalar high && i + 1 < in.size() && in.get(i + 1) instanceof Scalar low
                    && high.symbols().isEmpty() && low.symbols().isEmpty()) {
                Optional<String> name = joinedName(high.name(), high.width(), low.name(), low.width());
                if (name.isPresent()) {
                    out.add(new Scalar(name.get(), high.value() << 32 | (low.value() & 0xffffffffL), 64,
                            List.of(), high.unit()));
                    i++;
                    continue;
                }
            }
            out.add(switch (n) {
                case Struct s -> joinHalves(s);
                case Array a -> new Array(a.name(), a.elements().stream()
                        .map(e -> e instanceof Struct s ? joinHalves(s) : e).toList());
                default -> n;
            });
        }
        return new Struct(struct.name(), struct.layout(), out);
    }
}
