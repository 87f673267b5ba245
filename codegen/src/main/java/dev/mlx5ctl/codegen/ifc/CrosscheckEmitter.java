package dev.mlx5ctl.codegen.ifc;

import dev.mlx5ctl.codegen.ifc.IfcModel.IfcLayout;
import dev.mlx5ctl.codegen.ifc.IfcModel.IfcMember;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes the cross-check: a C file, compiled against the kernel's own mlx5_ifc.h and never loaded, whose
 * static_asserts prove that every field of every schema layout the header also has sits at the same bit offset
 * with the same width (__mlx5_bit_off, __mlx5_bit_sz), and that every schema opcode the header names as
 * MLX5_CMD_OP_* has the same value. A wrong width in the schema then breaks the kernel build, not a device.
 *
 * <p>Fields are matched by name (the header's own spelling, case kept). A schema field the header lacks must be a
 * {@link KnownDifferences} entry: renamed to the header's member or skipped with its reason. Any other is an
 * {@linkplain Result#unmatched() unmatched} field, and the caller fails.
 */
public final class CrosscheckEmitter {

    /**
     * The file and what it checks.
     *
     * @param layouts    schema layouts found in the header, whose fields are checked
     * @param fields     fields checked (offset and, unless a flexible array, width)
     * @param opcodes    distinct opcode names checked
     * @param skipped    schema fields skipped by a {@link KnownDifferences} entry
     * @param notInHeader schema layouts the header does not have (hand-written from newer PRMs or the driver)
     * @param unmatched  schema fields the header does not have and no entry explains: each an error line
     */
    public record Result(String text, int layouts, int fields, int opcodes, int skipped, List<String> notInHeader,
            List<String> opcodesNotInHeader, List<String> unmatched) {

        public String summary() {
            return ("%d layouts, %d fields, %d opcodes checked against mlx5_ifc.h; %d fields skipped as known "
                    + "differences; %d layouts and %d opcodes not in the header")
                    .formatted(layouts, fields, opcodes, skipped, notInHeader.size(), opcodesNotInHeader.size());
        }
    }

    private CrosscheckEmitter() {
    }

    /**
     * @param schemaSource the schema's folder as the banner should name it
     * @param headerName   mlx5_ifc.h as the banner should name it
     */
    public static Result emit(Schema schema, IfcModel ifc, String schemaSource, String headerName) {
        Map<String, IfcLayout> header = new LinkedHashMap<>();
        ifc.layouts().forEach(l -> header.putIfAbsent(l.name(), l));
        StringBuilder body = new StringBuilder();
        List<String> notInHeader = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int layouts = 0;
        int fields = 0;
        int skipped = 0;
        for (Layout layout : schema.layouts()) {
            IfcLayout h = header.get(layout.name());
            if (h == null) {
                notInHeader.add(layout.name());
                continue;
            }
            // An inline union's members are reached through its holder, so their offsets count from there.
            int base = 0;
            if (h.inline()) {
                String holderTag = h.parentTag();
                Optional<Field> holder = schema.layout(IfcParser.schemaName(holderTag.substring(
                        holderTag.indexOf(' ') + 1))).flatMap(p -> p.field(h.parentMember().get()
                        .toLowerCase(Locale.ROOT)));
                if (holder.isEmpty()) {
                    notInHeader.add(layout.name());
                    continue;
                }
                base = holder.get().offset();
            }
            layouts++;
            Map<String, IfcMember> members = new LinkedHashMap<>();
            h.members().forEach(m -> members.putIfAbsent(m.cName().toLowerCase(Locale.ROOT), m));
            body.append("\n/* ").append(describe(h)).append(" */\n");
            for (Field f : layout.fields()) {
                if (f instanceof Field.Reserved) {
                    continue;
                }
                // A layout's own entry overrides a same-named member (destroy_uctx_in.uid); an entry for
                // any layout applies only where the header has no such member.
                Optional<KnownDifferences.Difference> known = KnownDifferences.lookupExact(layout.name(), f.name())
                        .or(() -> members.containsKey(f.name()) ? Optional.empty()
                                : KnownDifferences.lookup(layout.name(), f.name()));
                String member;
                if (known.isPresent() && known.get().headerMember().isEmpty()) {
                    skipped++;
                    body.append(comment(f.name() + ": not checked: " + known.get().why()));
                    continue;
                } else if (known.isPresent()) {
                    member = known.get().headerMember().get();
                } else if (members.containsKey(f.name())) {
                    member = members.get(f.name()).cName();
                } else {
                    unmatched.add(layout.location() + ": error: field '" + f.name() + "' of layout '"
                            + layout.name() + "' is not in " + describe(h) + " (" + h.where() + "); rename it "
                            + "to the header's name or list it in KnownDifferences with the reason");
                    continue;
                }
                boolean flexible = f instanceof Field.Array a && a.flexible();
                body.append(assertion(h, member, base + f.offset(), flexible ? -1 : f.width(),
                        layout.name() + "." + f.name()));
                fields++;
            }
        }
        TreeSet<String> opcodeNames = new TreeSet<>();
        List<String> opcodesNotInHeader = new ArrayList<>();
        StringBuilder ops = new StringBuilder();
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (Command c : schema.commands()) {
            wanted.putIfAbsent(c.name(), (long) c.opcode());
        }
        for (EnumDef e : schema.enums()) {
            if (e.name().equals("opcode") || e.name().equals(IfcImporter.OPCODE_ENUM)) {
                e.values().forEach(v -> wanted.putIfAbsent(v.name().toUpperCase(Locale.ROOT), v.value()));
            }
        }
        // Commands first, then the enums: a command and its enum value must agree with the header alike.
        for (Command c : schema.commands()) {
            opcode(ops, c.name(), c.opcode(), ifc, opcodeNames, opcodesNotInHeader);
        }
        for (EnumDef e : schema.enums()) {
            if (e.name().equals("opcode") || e.name().equals(IfcImporter.OPCODE_ENUM)) {
                for (EnumDef.Value v : e.values()) {
                    opcode(ops, v.name().toUpperCase(Locale.ROOT), v.value(), ifc, opcodeNames, opcodesNotInHeader);
                }
            }
        }
        Result counts = new Result("", layouts, fields, distinctNames(opcodeNames), skipped, notInHeader,
                opcodesNotInHeader.stream().distinct().toList(), unmatched);
        StringBuilder sb = new StringBuilder();
        sb.append("// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0\n");
        sb.append("/*\n");
        sb.append(" * Generated from ").append(schemaSource).append(" and ").append(headerName).append('\n');
        sb.append(" * by mlx5ctl codegen; do not edit. Regenerate: make generate\n");
        sb.append(" *\n");
        sb.append(" * Compiled, never loaded (make -C kmod crosscheck): each static_assert proves\n");
        sb.append(" * that a schema field has the offset and width of the kernel's mlx5_ifc.h, or\n");
        sb.append(" * that a schema opcode has the value of its MLX5_CMD_OP_*.\n");
        sb.append(" *\n");
        sb.append(" * Checked: %d layouts, %d fields, %d opcodes.\n".formatted(layouts, fields, counts.opcodes()));
        sb.append(" * Not checked: %d fields (known differences); not in the header: %d layouts, %d opcodes.\n"
                .formatted(skipped, notInHeader.size(), counts.opcodesNotInHeader().size()));
        if (!notInHeader.isEmpty()) {
            sb.append(" *\n * Schema layouts not in the header:\n");
            wrap(sb, notInHeader);
        }
        if (!counts.opcodesNotInHeader().isEmpty()) {
            sb.append(" *\n * Schema opcodes not in the header:\n");
            wrap(sb, counts.opcodesNotInHeader());
        }
        sb.append(" */\n");
        sb.append("#include <linux/build_bug.h>\n");
        sb.append("#include <linux/stddef.h>\n");
        sb.append("#include <linux/mlx5/device.h>\n");
        sb.append("#include <linux/mlx5/mlx5_ifc.h>\n\n");
        sb.append("/* Types that __mlx5_bit_off cannot name: unions and tags without _bits. */\n");
        sb.append("#define XC_OFF(type, fld) offsetof(type, fld)\n");
        sb.append("#define XC_SZ(type, fld) sizeof_field(type, fld)\n");
        sb.append(body);
        sb.append("\n/* Opcodes */\n").append(ops);
        return new Result(sb.toString(), layouts, fields, distinctNames(opcodeNames), skipped, notInHeader,
                counts.opcodesNotInHeader(), unmatched);
    }

    private static void opcode(StringBuilder ops, String name, long value, IfcModel ifc, TreeSet<String> seen,
            List<String> missing) {
        if (!ifc.opcodes().containsKey(name)) {
            missing.add(name);
            return;
        }
        if (!seen.add(name + "=" + value)) {
            return;
        }
        ops.append("static_assert(MLX5_CMD_OP_").append(name).append(" == 0x").append(Long.toHexString(value))
                .append(", \"opcode ").append(name).append("\");\n");
    }

    private static int distinctNames(TreeSet<String> nameValuePairs) {
        return (int) nameValuePairs.stream().map(p -> p.substring(0, p.indexOf('='))).distinct().count();
    }

    /** One static_assert; width -1 for a flexible array, whose sizeof C refuses. */
    private static String assertion(IfcLayout h, String member, int offset, int width, String what) {
        String path = h.inline() ? h.parentMember().get() + "." + member : member;
        // An inline union has no type of its own: reach its members through the layout that holds it.
        String tag = h.inline() ? h.parentTag() : h.tag();
        String plain = plainBits(tag);
        String off;
        String sz;
        if (plain != null) {
            off = "__mlx5_bit_off(" + plain + ", " + path + ")";
            sz = "__mlx5_bit_sz(" + plain + ", " + path + ")";
        } else {
            off = "XC_OFF(" + tag + ", " + path + ")";
            sz = "XC_SZ(" + tag + ", " + path + ")";
        }
        String cond = off + " == 0x" + Integer.toHexString(offset);
        if (width >= 0) {
            cond += " &&\n\t      " + sz + " == 0x" + Integer.toHexString(width);
        }
        return "static_assert(" + cond + ", \"" + what + "\");\n";
    }

    /** {@code struct mlx5_ifc_x_bits} -> x, the argument __mlx5_bit_off pastes back; null for any other tag. */
    private static String plainBits(String tag) {
        String prefix = "struct mlx5_ifc_";
        return tag.startsWith(prefix) && tag.endsWith("_bits")
                ? tag.substring(prefix.length(), tag.length() - "_bits".length()) : null;
    }

    private static String describe(IfcLayout h) {
        return h.inline() ? "anonymous union " + h.parentMember().get() + " of " + h.parentTag() : h.tag();
    }

    /** A C comment wrapped at 80 columns. */
    private static String comment(String text) {
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder("/*");
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > 77) {
                sb.append(line).append('\n');
                line = new StringBuilder(" *");
            }
            line.append(' ').append(word);
        }
        return sb.append(line).append(" */\n").toString();
    }

    private static void wrap(StringBuilder sb, List<String> names) {
        StringBuilder line = new StringBuilder(" *  ");
        for (String n : names) {
            if (line.length() + n.length() + 1 > 80) {
                sb.append(line).append('\n');
                line = new StringBuilder(" *  ");
            }
            line.append(' ').append(n);
        }
        sb.append(line).append('\n');
    }
}
