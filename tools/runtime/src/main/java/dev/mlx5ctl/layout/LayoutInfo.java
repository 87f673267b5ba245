package dev.mlx5ctl.layout;

import java.util.List;
import java.util.Optional;

/**
 * A PRM layout as the registry describes it: the schema's {@code layouts:} entry with offsets resolved.
 *
 * @param sizeBits the fixed size in bits; a trailing flexible array adds nothing to it
 * @param fields   in bit order, reserved gaps included (a union's members all start at 0)
 * @param format   how its named bits, taken together, are shown as one value (a MAC address layout)
 */
public record LayoutInfo(String name, String doc, boolean union, int sizeBits, List<FieldInfo> fields,
        Optional<Format> format) {

    public LayoutInfo {
        fields = List.copyOf(fields);
    }

    public LayoutInfo(String name, String doc, boolean union, int sizeBits, List<FieldInfo> fields) {
        this(name, doc, union, sizeBits, fields, Optional.empty());
    }

    /** The same layout shown as one value in {@code format}. */
    public LayoutInfo shown(Format format) {
        return new LayoutInfo(name, doc, union, sizeBits, fields, Optional.of(format));
    }

    public int sizeBytes() {
        return sizeBits / 8;
    }

    /** The named field; reserved gaps can be named too. */
    public Optional<FieldInfo> field(String fieldName) {
        for (FieldInfo f : fields) {
            if (f.name().equals(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The trailing flexible array, if the layout ends in one. */
    public Optional<FieldInfo> flexibleTail() {
        return fields.isEmpty() || !fields.getLast().flexible() ? Optional.empty() : Optional.of(fields.getLast());
    }
}
