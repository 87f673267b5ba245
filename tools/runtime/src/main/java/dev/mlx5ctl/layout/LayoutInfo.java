package dev.mlx5ctl.layout;

import java.util.List;
import java.util.Optional;

/**
 * A PRM layout as the registry describes it: the schema's {@code layouts:} entry with offsets resolved.
 *
 * @param sizeBits the fixed size in bits; a trailing flexible array adds nothing to it
 * @param fields   in bit order, reserved gaps included (a union's members all start at 0)
 */
public record LayoutInfo(String name, String doc, boolean union, int sizeBits, List<FieldInfo> fields) {

    public LayoutInfo {
        fields = List.copyOf(fields);
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
