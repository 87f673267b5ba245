package dev.mlx5ctl.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema's presentation applied to a decoded tree: a field or layout with a text format (MAC, IP address, GID,
 * ASCII) becomes a {@link Node.Text}, a BCD field the decimal number it writes, and a number with a unit carries it.
 * The PRM's split MAC (X_47_32 then X_31_0) becomes the one address X. Names not in the registry (a joined 64-bit
 * counter) are left as they are.
 */
public final class Formats {

    private final Registry registry;

    public Formats(Registry registry) {
        this.registry = registry;
    }

    /** {@code tree} with every format and unit of its layouts applied, at every depth. */
    public Node.Struct present(Node.Struct tree) {
        Optional<LayoutInfo> layout = registry.layout(tree.layout());
        if (layout.isEmpty()) {
            return tree;
        }
        List<Node> out = new ArrayList<>();
        List<Node> in = tree.fields();
        for (int i = 0; i < in.size(); i++) {
            Node n = in.get(i);
            Optional<FieldInfo> field = layout.get().field(n.name());
            Optional<Format> format = field.flatMap(FieldInfo::format);
            if (n instanceof Node.Scalar high && format.equals(Optional.of(Format.MAC)) && high.width() == 16
                    && i + 1 < in.size() && in.get(i + 1) instanceof Node.Scalar low && low.width() == 32) {
                String name = high.name().substring(0, high.name().length() - "_47_32".length());
                out.add(new Node.Text(name, Format.MAC.text(Format.bytes(high.value() << 32
                        | (low.value() & 0xffffffffL), 48)), Format.MAC));
                i++;
                continue;
            }
            out.add(present(n, format, field.flatMap(FieldInfo::unit)));
        }
        return new Node.Struct(tree.name(), tree.layout(), out);
    }

    /** One decoded field of {@code field}, with its format and unit applied (a selected field). */
    public Node present(FieldInfo field, Node n) {
        return present(n, field.format(), field.unit());
    }

    private Node present(Node n, Optional<Format> format, Optional<String> unit) {
        return switch (n) {
            case Node.Scalar s when format.isPresent() && format.get().isText() && s.width() % 8 == 0 ->
                    new Node.Text(s.name(), format.get().text(Format.bytes(s.value(), s.width())), format.get());
            case Node.Scalar s when format.equals(Optional.of(Format.BCD)) ->
                    new Node.Scalar(s.name(), Format.bcd(s.value()), s.width(), s.symbols(), unit);
            case Node.Scalar s when unit.isPresent() -> new Node.Scalar(s.name(), s.value(), s.width(), s.symbols(),
                    unit);
            case Node.Bytes b when format.isPresent() && format.get().isText() ->
                    new Node.Text(b.name(), format.get().text(b.bytes()), format.get());
            case Node.Struct st -> asValue(st).orElseGet(() -> present(st));
            case Node.Array a when format.equals(Optional.of(Format.ASCII))
                    && a.elements().stream().allMatch(e -> e instanceof Node.Scalar s && s.width() % 8 == 0) ->
                    new Node.Text(a.name(), Format.ASCII.text(concatenated(a)), Format.ASCII);
            case Node.Array a -> new Node.Array(a.name(), a.elements().stream()
                    .map(e -> present(e, format, unit)).toList());
            default -> n;
        };
    }

    /** Text the PRM stores in dwords (a dump menu's segment names): the elements' bytes, big-endian, in order. */
    private static byte[] concatenated(Node.Array a) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Node e : a.elements()) {
            Node.Scalar s = (Node.Scalar) e;
            out.writeBytes(Format.bytes(s.value(), s.width()));
        }
        return out.toByteArray();
    }

    /** A struct whose layout has a format, as that one value: its named bits taken together, in order. */
    private Optional<Node> asValue(Node.Struct st) {
        Optional<Format> format = registry.layout(st.layout()).flatMap(LayoutInfo::format);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        BigInteger bits = BigInteger.ZERO;
        int width = 0;
        for (Node f : st.fields()) {
            switch (f) {
                case Node.Scalar s -> {
                    bits = bits.shiftLeft(s.width()).or(BigInteger.valueOf(s.value())
                            .and(BigInteger.ONE.shiftLeft(s.width()).subtract(BigInteger.ONE)));
                    width += s.width();
                }
                case Node.Bytes b -> {
                    bits = bits.shiftLeft(8 * b.bytes().length).or(new BigInteger(1, b.bytes()));
                    width += 8 * b.bytes().length;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (width % 8 != 0) {
            return Optional.empty();
        }
        byte[] raw = bits.toByteArray();
        byte[] bytes = new byte[width / 8];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        return Optional.of(new Node.Text(st.name(), format.get().text(bytes), format.get()));
    }
}
