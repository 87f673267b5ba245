package dev.mlx5ctl.codegen.c;

import static dev.mlx5ctl.codegen.c.CText.comment;
import static dev.mlx5ctl.codegen.c.CText.hex;
import static dev.mlx5ctl.codegen.c.CText.upper;

import dev.mlx5ctl.schema.CapType;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Schema;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders mlx5ctl_ifc_gen.h: every layout as a {@code struct mlx5ctl_ifc_<layout>_bits} of one u8 per bit, written
 * field for field as mlx5_ifc.h writes its {@code mlx5_ifc_<layout>_bits}, and the schema's numbers as enumerators.
 */
final class IfcHeader {

    static final String FILE_NAME = "mlx5ctl_ifc_gen.h";

    /** The gap between {@code u8} and the field name in mlx5_ifc.h, kept so the two compare line by line. */
    private static final String U8 = "u8         ";

    private final Schema schema;
    private final Map<String, Layout> layouts;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> names = new HashSet<>();

    private IfcHeader(Schema schema) {
        this.schema = schema;
        this.layouts = schema.layoutsByName();
    }

    static String render(Schema schema, String schemaSource) {
        return new IfcHeader(schema).header(schemaSource);
    }

    private String header(String schemaSource) {
        out.append(CText.banner(true, schemaSource, "PRM layouts as struct mlx5ctl_ifc_<layout>_bits, one u8 per "
                + "bit as in mlx5_ifc.h (use them through mlx5ctl/ifc.h), and the schema's opcodes, enum values, "
                + "register ids and capability types."));
        out.append("#ifndef __MLX5CTL_IFC_GEN_H\n#define __MLX5CTL_IFC_GEN_H\n\n");
        out.append("#include <linux/build_bug.h>\n#include <linux/types.h>\n");
        opcodes();
        schema.enums().forEach(this::enumDef);
        registers();
        capTypes();
        dependencyOrder().forEach(this::layout);
        out.append("\n#endif /* __MLX5CTL_IFC_GEN_H */\n");
        return out.toString();
    }

    private void opcodes() {
        if (schema.commands().isEmpty()) {
            return;
        }
        out.append('\n').append(comment(0, "Command opcodes (the opcode field of every command's input header)."))
                .append("enum {\n");
        schema.commands().stream().sorted(Comparator.comparingInt(Command::opcode))
                .forEach(c -> enumerator("MLX5CTL_CMD_OP_" + c.name(), c.opcode()));
        out.append("};\n");
    }

    /**
     * A schema enum's values as macros, not enumerators: the uAPI defines some of the same names as macros
     * (MLX5CTL_UCTX_CAP_*), and C accepts a macro defined twice when both definitions are the same. So the two
     * headers may be included in either order, and a schema value that differs from the uAPI's is a redefinition
     * warning, which the -Werror builds (kmod check, the guest tests) turn into a failure.
     */
    private void enumDef(EnumDef e) {
        String prefix = "MLX5CTL_" + upper(e.name()) + "_";
        String kind = e.flags() ? "Flag set " : "Enum ";
        out.append('\n').append(comment(0, kind + e.name() + (e.doc().isBlank() ? "." : ": " + e.doc())));
        for (EnumDef.Value v : e.values()) {
            out.append(comment(0, v.doc()));
            out.append("#define ").append(unique(prefix + upper(v.name()))).append(' ').append(hex(v.value()))
                    .append('\n');
        }
    }

    private void registers() {
        if (schema.registers().isEmpty()) {
            return;
        }
        out.append('\n').append(comment(0, "ACCESS_REG register ids (register_id), each with the layout of the "
                + "register's data.")).append("enum {\n");
        for (Register r : schema.registers()) {
            out.append(comment(1, r.layout() + ": " + r.doc()));
            enumerator("MLX5CTL_REG_" + r.name(), r.id());
        }
        out.append("};\n");
    }

    private void capTypes() {
        if (schema.capTypes().isEmpty()) {
            return;
        }
        out.append('\n').append(comment(0, "QUERY_HCA_CAP capability types (op_mod cap_type), each with the "
                + "layout of its block.")).append("enum {\n");
        for (CapType c : schema.capTypes()) {
            out.append(comment(1, c.layout() + ": " + c.doc()));
            enumerator("MLX5CTL_CAP_" + upper(c.name()), c.value());
        }
        out.append("};\n");
    }

    private void enumerator(String name, long value) {
        out.append('\t').append(unique(name)).append(" = ").append(hex(value)).append(",\n");
    }

    /**
     * A layout, then the assertion that the compiler sees the size the schema says: one u8 per bit makes sizeof()
     * the bit count, so a field the emitter dropped or doubled fails the build.
     */
    private void layout(Layout layout) {
        String type = type(layout);
        out.append('\n').append(comment(0, layout.doc()));
        out.append(type).append(" {\n");
        for (Field f : layout.fields()) {
            out.append(comment(1, f.doc()));
            out.append('\t').append(member(f)).append(";\n");
        }
        if (layout.kind() == Layout.Kind.UNION && widestMember(layout) < layout.sizeBits()) {
            // A union may be declared larger than its members (the PRM's fixed-size unions): pad it out.
            out.append('\t').append(U8).append("reserved_at_0[").append(hex(layout.sizeBits())).append("];\n");
        }
        out.append("};\n\n");
        out.append("static_assert(sizeof(").append(type).append(") == ").append(hex(layout.sizeBits()))
                .append(");\n");
        unique(type);
    }

    private String member(Field field) {
        return switch (field) {
            case Field.Scalar s -> U8 + s.name() + "[" + hex(s.width()) + "]";
            case Field.Reserved r -> U8 + r.name() + "[" + hex(r.width()) + "]";
            case Field.Nested n -> type(layouts.get(n.layout())) + " " + n.name();
            case Field.Array a -> {
                String count = "[" + (a.flexible() ? 0 : a.count()) + "]";
                yield switch (a.element()) {
                    case Field.ScalarElement e -> U8 + a.name() + count + "[" + hex(e.width()) + "]";
                    case Field.LayoutElement e -> type(layouts.get(e.layout())) + " " + a.name() + count;
                };
            }
        };
    }

    private static int widestMember(Layout union) {
        return union.fields().stream().mapToInt(Field::end).max().orElse(0);
    }

    static String type(Layout layout) {
        return (layout.kind() == Layout.Kind.UNION ? "union" : "struct") + " mlx5ctl_ifc_" + layout.name() + "_bits";
    }

    /** Every layout after the layouts it embeds (C needs complete types), otherwise in schema order. */
    private List<Layout> dependencyOrder() {
        Set<Layout> ordered = new LinkedHashSet<>();
        schema.layouts().forEach(l -> visit(l, ordered));
        return List.copyOf(ordered);
    }

    private void visit(Layout layout, Set<Layout> ordered) {
        if (ordered.contains(layout)) {
            return;
        }
        for (Field f : layout.fields()) {
            embedded(f).ifPresent(name -> visit(layouts.get(name), ordered));
        }
        ordered.add(layout);
    }

    private static Optional<String> embedded(Field field) {
        return switch (field) {
            case Field.Nested n -> Optional.of(n.layout());
            case Field.Array a when a.element() instanceof Field.LayoutElement e -> Optional.of(e.layout());
            default -> Optional.empty();
        };
    }

    /**
     * Schema names of different kinds share C's one namespace here (an enum named {@code reg} against the register
     * ids); a clash would be a redefinition the compiler reports far from its cause, so it is refused here.
     */
    private String unique(String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("two schema names both become the C name " + name);
        }
        return name;
    }
}
