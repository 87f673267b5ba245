package dev.mlx5ctl.layout;

import java.util.Optional;

/**
 * One field of a layout as the registry describes it, reserved gaps included.
 *
 * @param name         the schema name ({@code log_max_qp}); gaps are {@code reserved_at_<hex offset>}
 * @param offset       bit offset from the start of the enclosing layout
 * @param width        total width in bits (for an array: all its elements; 0 for a flexible array)
 * @param kind         what the field holds
 * @param elementWidth width of one element of an array; for other kinds the same as {@code width}
 * @param count        number of elements of an array (0 for a flexible one); 1 for other kinds
 * @param flexible     true for a trailing flexible array, whose length the segment decides
 * @param enumName     the enum or flag set typing a scalar or scalar array
 * @param layout       the layout of a nested field or of the elements of a layout array
 * @param format       how a scalar or byte array is shown, if not as a number or hex bytes
 * @param unit         what a number counts, written after it in text output
 * @param selector     for an embedded union, the field before it that says which member a reply holds
 */
public record FieldInfo(String name, int offset, int width, Kind kind, int elementWidth, int count,
        boolean flexible, Optional<String> enumName, Optional<String> layout, String doc, Optional<Format> format,
        Optional<String> unit, Optional<Selector> selector) {

    public FieldInfo(String name, int offset, int width, Kind kind, int elementWidth, int count, boolean flexible,
            Optional<String> enumName, Optional<String> layout, String doc) {
        this(name, offset, width, kind, elementWidth, count, flexible, enumName, layout, doc, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The same field shown in {@code format} (or as a number if null) with {@code unit} (or none if null). */
    public FieldInfo shown(Format format, String unit) {
        return new FieldInfo(name, offset, width, kind, elementWidth, count, flexible, enumName, layout, doc,
                Optional.ofNullable(format), Optional.ofNullable(unit), selector);
    }

    /** The same embedded union, its member chosen by the field {@code by}: value to member. */
    public FieldInfo selectedBy(String by, java.util.Map<Long, String> members) {
        return new FieldInfo(name, offset, width, kind, elementWidth, count, flexible, enumName, layout, doc,
                format, unit, Optional.of(new Selector(by, members)));
    }

    public enum Kind {
        /** An unsigned integer of 1 to 64 bits. */
        SCALAR,
        /** An embedded layout or union. */
        NESTED,
        /** {@code count} unsigned integers of {@code elementWidth} bits (8: a byte array). */
        SCALAR_ARRAY,
        /** {@code count} embedded layouts. */
        LAYOUT_ARRAY,
        /** A gap written as zero. */
        RESERVED
    }

    public static FieldInfo scalar(String name, int offset, int width, String enumName, String doc) {
        return new FieldInfo(name, offset, width, Kind.SCALAR, width, 1, false, Optional.ofNullable(enumName),
                Optional.empty(), doc);
    }

    public static FieldInfo nested(String name, int offset, int width, String layout, String doc) {
        return new FieldInfo(name, offset, width, Kind.NESTED, width, 1, false, Optional.empty(),
                Optional.of(layout), doc);
    }

    /** A scalar array; {@code count} 0 with {@code flexible} for a trailing flexible array. */
    public static FieldInfo scalarArray(String name, int offset, int elementWidth, int count, boolean flexible,
            String enumName, String doc) {
        return new FieldInfo(name, offset, elementWidth * count, Kind.SCALAR_ARRAY, elementWidth, count, flexible,
                Optional.ofNullable(enumName), Optional.empty(), doc);
    }

    public static FieldInfo layoutArray(String name, int offset, int elementWidth, int count, boolean flexible,
            String layout, String doc) {
        return new FieldInfo(name, offset, elementWidth * count, Kind.LAYOUT_ARRAY, elementWidth, count, flexible,
                Optional.empty(), Optional.of(layout), doc);
    }

    public static FieldInfo reserved(int offset, int width) {
        return new FieldInfo("reserved_at_" + Integer.toHexString(offset), offset, width, Kind.RESERVED, width, 1,
                false, Optional.empty(), Optional.empty(), "");
    }

    public boolean isArray() {
        return kind == Kind.SCALAR_ARRAY || kind == Kind.LAYOUT_ARRAY;
    }

    /** A byte array: a scalar array of 8-bit elements, which decodes as bytes rather than numbers. */
    public boolean isBytes() {
        return kind == Kind.SCALAR_ARRAY && elementWidth == 8 && enumName.isEmpty();
    }
}
