package dev.mlx5ctl.schema;

import java.util.Optional;

/**
 * One member of a {@link Layout}, with its offset resolved by the loader. Emitters walk these with pattern
 * switches.
 */
public sealed interface Field permits Field.Scalar, Field.Nested, Field.Array, Field.Reserved {

    /** The field's name; reserved gaps are named {@code reserved_at_<hex offset>} as in mlx5_ifc.h. */
    String name();

    /** Bit offset from the start of the enclosing layout. */
    int offset();

    /** Width in bits; 0 for a flexible array. */
    int width();

    String doc();

    Location location();

    default int end() {
        return offset() + width();
    }

    /** An unsigned integer of 1 to 64 bits, optionally typed by an enum or flag set, or shown in a format. */
    record Scalar(String name, int offset, int width, Optional<String> enumName, Shown shown, String doc,
            Location location) implements Field {

        public Scalar(String name, int offset, int width, Optional<String> enumName, String doc, Location location) {
            this(name, offset, width, enumName, Shown.PLAIN, doc, location);
        }
    }

    /** An embedded layout (a struct or a union, whose member a field before it may select). */
    record Nested(String name, int offset, int width, String layout, Optional<Selector> selector, String doc,
            Location location) implements Field {

        public Nested(String name, int offset, int width, String layout, String doc, Location location) {
            this(name, offset, width, layout, Optional.empty(), doc, location);
        }
    }

    /**
     * {@code count} elements laid end to end. A flexible array ({@code flexible}, {@code count} 0) may only end a
     * layout, as the {@code [0]} arrays of mlx5_ifc.h do.
     */
    record Array(String name, int offset, Element element, int count, boolean flexible, Shown shown, String doc,
            Location location) implements Field {

        public Array(String name, int offset, Element element, int count, boolean flexible, String doc,
                Location location) {
            this(name, offset, element, count, flexible, Shown.PLAIN, doc, location);
        }

        @Override
        public int width() {
            return element.width() * count;
        }
    }

    /** A gap the PRM reserves: written as zero, never read. */
    record Reserved(int offset, int width, Location location) implements Field {

        @Override
        public String name() {
            return "reserved_at_" + Integer.toHexString(offset);
        }

        @Override
        public String doc() {
            return "";
        }
    }

    /** What an {@link Array} holds. */
    sealed interface Element permits ScalarElement, LayoutElement {
        int width();
    }

    /** Unsigned integers of {@code width} bits; width 8 makes a byte array. */
    record ScalarElement(int width, Optional<String> enumName) implements Element {
    }

    /** Instances of another layout. */
    record LayoutElement(String layout, int width) implements Element {
    }
}
