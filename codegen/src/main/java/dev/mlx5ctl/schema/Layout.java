package dev.mlx5ctl.schema;

import java.util.List;
import java.util.Optional;

/**
 * A bit-exact PRM layout, as a {@code struct mlx5_ifc_<name>_bits} of mlx5_ifc.h: big-endian, MSB first within
 * each 32-bit dword. Offsets and sizes are in bits. A union's members all start at bit 0.
 *
 * @param sizeBits the fixed size; a trailing flexible array adds nothing to it
 * @param fields   in bit order, reserved gaps included, so that they tile the layout exactly (unions excepted)
 * @param format   how the layout's named bits, taken together, are shown as one value (a MAC address layout)
 */
public record Layout(String name, String doc, Kind kind, int sizeBits, List<Field> fields, Location location,
        Optional<Format> format) {

    public enum Kind { STRUCT, UNION }

    public Layout {
        fields = List.copyOf(fields);
    }

    public Layout(String name, String doc, Kind kind, int sizeBits, List<Field> fields, Location location) {
        this(name, doc, kind, sizeBits, fields, location, Optional.empty());
    }

    public int sizeBytes() {
        return sizeBits / 8;
    }

    /**
     * The flexible array that is this layout's own last field, if any. A layout can also end in a flexible array
     * through the layout embedded last (create_umem_in ends in umem, which ends in mtt[0]): for the length of a
     * mailbox, ask {@link Schema#flexibleTail(Layout)}, which follows it.
     */
    public Optional<Field.Array> ownFlexibleTail() {
        return fields.isEmpty() || !(fields.getLast() instanceof Field.Array a && a.flexible())
                ? Optional.empty() : Optional.of(a);
    }

    /** The named field, reserved gaps excluded. */
    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
