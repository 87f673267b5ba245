package dev.mlx5ctl.codegen.ifc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link IfcParser} reads from mlx5_ifc.h: its {@code struct/union mlx5_ifc_*} layouts, member by member as
 * written, and its {@code MLX5_CMD_OP_*} opcodes. Offsets are not stored: they follow from the widths, as in C.
 *
 * @param layouts  in the order of the header (anonymous inline unions follow the layout that holds them)
 * @param opcodes  {@code MLX5_CMD_OP_} names without that prefix, in header order, with their values
 * @param markers  {@code MLX5_CMD_OP_} names outside the opcode enum (range bounds such as GENERAL_START)
 * @param problems every construct the parser could not read, with its file and line; never skipped silently
 */
public record IfcModel(List<IfcLayout> layouts, Map<String, Integer> opcodes, Map<String, Integer> markers,
        List<Problem> problems) {

    public IfcModel {
        layouts = List.copyOf(layouts);
        opcodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(opcodes));
        markers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(markers));
        problems = List.copyOf(problems);
    }

    public Optional<IfcLayout> layout(String name) {
        return layouts.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** A place in a header: the file as named to the parser and a 1-based line. */
    public record Where(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** Something the parser could not turn into a layout or an opcode. */
    public record Problem(Where where, String message) {
        public String format() {
            return where + ": error: " + message;
        }
    }

    /**
     * One layout.
     *
     * @param tag      the C type as the header spells it, e.g. {@code struct mlx5_ifc_nop_in_bits}; for an anonymous
     *                 inline union, empty: it has no type of its own
     * @param name     the schema name: the tag without {@code mlx5_ifc_} and {@code _bits}; for an inline union
     *                 {@code <outer>_<member>}
     * @param parent   for an inline union, the C type of the layout that holds it, and parentMember the member: its
     *                 fields are reached through them
     * @param complete false if a member could not be read (a {@link Problem}): its offsets cannot be trusted
     */
    public record IfcLayout(String tag, String name, boolean union, List<IfcMember> members, Where where,
            Optional<String> parent, Optional<String> parentMember, boolean complete) {

        public IfcLayout {
            members = List.copyOf(members);
        }

        public String parentTag() {
            return parent.orElse("");
        }

        public boolean inline() {
            return parent.isPresent();
        }

        public Optional<IfcMember> member(String cName) {
            return members.stream().filter(m -> m.cName().equals(cName)).findFirst();
        }
    }

    /**
     * One member as written: {@code u8 name[W];} (a scalar of W bits), {@code u8 name[N][W];} (N elements of W
     * bits; N is 0 or empty for a flexible array) or {@code struct mlx5_ifc_l_bits name[N];} (an embedded layout).
     *
     * @param cName    the member's name as the header spells it (case kept: {@code atomic_req_8B_endianness_mode})
     * @param width    bits per element for u8 members; 0 for an embedded layout until sizes are known
     * @param count    empty for a lone scalar or layout; 0 for a flexible array
     * @param layout   the embedded layout's schema name, if any
     */
    public record IfcMember(String cName, int width, Optional<Integer> count, Optional<String> layout, Where where) {

        public boolean flexible() {
            return count.isPresent() && count.get() == 0;
        }

        public boolean reserved() {
            return cName.startsWith("reserved");
        }
    }
}
