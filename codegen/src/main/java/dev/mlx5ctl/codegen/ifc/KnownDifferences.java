package dev.mlx5ctl.codegen.ifc;

import java.util.List;
import java.util.Optional;

/**
 * Where the hand-written schema names or shapes a field differently from mlx5_ifc.h on purpose. The cross-check
 * matches fields by name; a schema field of a layout the header has, that the header does not name the same way,
 * must be listed here (renamed to the header's member, or skipped with the reason), or the cross-check fails to
 * generate. Every skip is counted in its output.
 */
public final class KnownDifferences {

    /** A layout name that matches every layout. */
    public static final String ANY_LAYOUT = "*";

    /**
     * One deliberate difference.
     *
     * @param headerMember the header's member for the schema field, if it has one that holds the same bits
     * @param why          the reason, printed with every use
     */
    public record Difference(String layout, String field, Optional<String> headerMember, String why) {
    }

    static final List<Difference> ALL = List.of(
            new Difference("destroy_uctx_in", "uid_to_destroy", Optional.of("uid"),
                    "the uid to destroy is 'uid' at 0x50 in the header; the schema keeps 'uid' for the header's"),
            new Difference("destroy_uctx_in", "uid", Optional.empty(),
                    "the command input header's uid, which the driver stamps; reserved_at_10 in the header"),
            new Difference(ANY_LAYOUT, "uid", Optional.empty(),
                    "the command input header's uid at 0x10, which the driver stamps; 6.1's mlx5_ifc.h still has "
                    + "reserved_at_10 in this input"),
            new Difference("create_mkey_in", "mkey_umem_id", Optional.empty(),
                    "the PRM's umem mkey fields, newer than 6.1's mlx5_ifc.h, which keeps them reserved"),
            new Difference("create_mkey_in", "mkey_umem_offset", Optional.empty(),
                    "the PRM's umem mkey fields, newer than 6.1's mlx5_ifc.h, which keeps them reserved"));

    private KnownDifferences() {
    }

    /** The entry for this very layout's field, not one for any layout. */
    public static Optional<Difference> lookupExact(String layout, String field) {
        return ALL.stream().filter(d -> d.layout().equals(layout) && d.field().equals(field)).findFirst();
    }

    public static Optional<Difference> lookup(String layout, String field) {
        return ALL.stream().filter(d -> d.layout().equals(layout) && d.field().equals(field)).findFirst()
                .or(() -> ALL.stream().filter(d -> d.layout().equals(ANY_LAYOUT) && d.field().equals(field))
                        .findFirst());
    }
}
