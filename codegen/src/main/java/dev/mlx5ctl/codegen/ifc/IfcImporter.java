package dev.mlx5ctl.codegen.ifc;

import dev.mlx5ctl.codegen.ifc.IfcModel.IfcLayout;
import dev.mlx5ctl.codegen.ifc.IfcModel.IfcMember;
import dev.mlx5ctl.schema.Diagnostic;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a parsed mlx5_ifc.h into schema YAML beside a hand-written schema, keeping the hand-written knowledge:
 * a layout the schema already has is compared with the header (differences reported), never replaced; only the
 * layouts it lacks are written, with the header's opcodes as the enum {@value #OPCODE_ENUM}.
 *
 * <p>Shapes the schema language cannot say as the header does are rewritten, each rule stated here and applied
 * the same way everywhere (the offsets and total widths stay the header's, which the cross-check proves):
 * <ul>
 *   <li>a {@code u8} member wider than 64 bits becomes an array: of 0x20-bit dwords if it is whole dwords on a
 *       dword boundary, else of bytes if it is whole bytes on a byte boundary, else of single bits;</li>
 *   <li>field and layout names are lower-cased ({@code atomic_req_8B_endianness_mode}); the cross-check reads
 *       the header's own spelling;</li>
 *   <li>an anonymous {@code union { ... } m;} inside layout {@code l} becomes the union layout {@code l_m};</li>
 *   <li>{@code u8 x[];} is a flexible array of bytes (C would say bits; the kernel copies bytes out of it).</li>
 * </ul>
 * A layout the schema still rejects (a field across a dword, say) is left out with the loader's reason and the
 * header line, as are the layouts that embed it: never silently.
 */
public final class IfcImporter {

    /** The enum that holds every MLX5_CMD_OP_* of the header; "opcode" is the hand-written one of commands. */
    public static final String OPCODE_ENUM = "ifc_opcode";

    private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int DWORD = 0x20;

    /**
     * What an import found and wrote.
     *
     * @param yaml        the generated file's text
     * @param imported    layouts written to it
     * @param fields      named (non-reserved) fields of those layouts
     * @param opcodes     opcodes written to the enum
     * @param existing    header layouts the hand-written schema already has (checked, not written)
     * @param reports     every difference, rewrite and omission, one line each, gcc style
     * @param errors      how many of the reports are errors (a layout left out, a construct not read)
     */
    public record Result(String yaml, int imported, int fields, int opcodes, int existing, List<String> reports,
            int errors) {
    }

    private final IfcModel ifc;
    private final Schema hand;
    private final String headerName;
    private final String command;
    private final List<String> reports = new ArrayList<>();
    private int errors;
    private final Map<String, IfcLayout> byName = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();

    /** The presentation keys of the committed import, by layout then field ("" for the layout): kept as they are. */
    private final Map<String, Map<String, String>> kept;

    private IfcImporter(IfcModel ifc, Schema hand, String headerName, String command,
            Map<String, Map<String, String>> kept) {
        this.ifc = ifc;
        this.hand = hand;
        this.headerName = headerName;
        this.command = command;
        this.kept = kept;
    }

    /**
     * Imports {@code ifc} beside {@code hand}.
     *
     * @param handSources the hand-written schema files, to validate the generated file together with them
     * @param outName     the generated file's name as diagnostics should give it
     * @param command     the command line that regenerates the file, for its header comment
     */
    public static Result run(IfcModel ifc, Schema hand, List<SchemaLoader.Source> handSources, String outName,
            String headerName, String command) {
        return run(ifc, hand, handSources, outName, headerName, command, Map.of());
    }

    /**
     * As above, keeping the {@code format:} and {@code unit:} keys that {@code kept} (the committed import's
     * {@link SchemaLoader#presentationKeys}) gives layouts and fields: the header has no such meaning, so a
     * regenerated import must not lose what people added to it.
     */
    public static Result run(IfcModel ifc, Schema hand, List<SchemaLoader.Source> handSources, String outName,
            String headerName, String command, Map<String, Map<String, String>> kept) {
        return new IfcImporter(ifc, hand, headerName, command, kept).run(handSources, outName);
    }

    private Result run(List<SchemaLoader.Source> handSources, String outName) {
        ifc.problems().forEach(p -> error(p.format()));
        ifc.markers().forEach((name, value) -> note(headerName + ": note: MLX5_CMD_OP_" + name + " = " + hex(value)
                + " is outside the opcode enum (a range bound), not an opcode; not imported"));
        for (IfcLayout l : ifc.layouts()) {
            IfcLayout first = byName.putIfAbsent(l.name(), l);
            if (first != null) {
                error(l.where() + ": error: " + describe(l) + " has the same schema name '" + l.name() + "' as "
                        + describe(first) + " (" + first.where() + "); not imported");
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        int existing = 0;
        for (IfcLayout l : byName.values()) {
            if (!l.complete()) {
                error(l.where() + ": error: " + describe(l) + " not imported: a member could not be read (above)");
                sizes.put(l.name(), -1);
                continue;
            }
            if (size(l.name(), new HashSet<>()) < 0) {
                continue;
            }
            Optional<IfcMember> badName = l.members().stream().filter(m -> !m.reserved()
                    && !LOWER_SNAKE.matcher(m.cName().toLowerCase(Locale.ROOT)).matches()).findFirst();
            if (badName.isPresent() || !LOWER_SNAKE.matcher(l.name()).matches()) {
                error(l.where() + ": error: " + describe(l) + " not imported: '" + badName.map(IfcMember::cName)
                        .orElse(l.name()) + "' is not a schema identifier ([a-z][a-z0-9_]* once lower-cased)");
                continue;
            }
            if (hand.layout(l.name()).isPresent()) {
                existing++;
                compare(l, hand.layout(l.name()).get());
            } else {
                candidates.add(l.name());
            }
        }
        compareOpcodes();
        // Keep what the loader accepts together with the hand-written schema; drop the rest, with the reason.
        Map<String, List<String>> dropped = new TreeMap<>();
        String yaml;
        while (true) {
            dropDependents(candidates, dropped);
            Rendered r = render(candidates);
            yaml = r.text();
            List<SchemaLoader.Source> sources = new ArrayList<>(handSources);
            sources.add(new SchemaLoader.Source(outName, yaml));
            SchemaLoader.Result loaded = SchemaLoader.load(sources);
            Set<String> bad = new LinkedHashSet<>();
            for (Diagnostic d : loaded.diagnostics()) {
                if (d.severity() != Diagnostic.Severity.ERROR) {
                    continue;
                }
                String owner = d.location().file().equals(outName) ? r.layoutAt(d.location().line()) : null;
                if (owner == null) {
                    // Not ours to fix: the hand-written schema itself, or the enum; report and give up.
                    error(d.format());
                    return new Result(yaml, 0, 0, 0, existing, reports, errors);
                }
                bad.add(owner);
                dropped.computeIfAbsent(owner, k -> new ArrayList<>()).add(d.message());
            }
            if (bad.isEmpty()) {
                break;
            }
            candidates.removeAll(bad);
        }
        dropped.forEach((name, why) -> {
            IfcLayout l = byName.get(name);
            error(l.where() + ": error: " + describe(l) + " not imported: " + String.join("; ", why));
        });
        int fields = 0;
        for (String name : candidates) {
            fields += (int) byName.get(name).members().stream().filter(m -> !m.reserved()).count();
        }
        return new Result(yaml, candidates.size(), fields, ifc.opcodes().size(), existing, reports, errors);
    }

    // ---- sizes from the header itself

    /** The layout's size in bits as C lays it out; -1 (reported once) if it embeds something unknown. */
    private int size(String name, Set<String> visiting) {
        Integer known = sizes.get(name);
        if (known != null) {
            return known;
        }
        IfcLayout l = byName.get(name);
        if (l == null || !l.complete() || !visiting.add(name)) {
            return -1;
        }
        int total = 0;
        for (IfcMember m : l.members()) {
            int w = memberWidth(m, visiting);
            if (w < 0) {
                error(m.where() + ": error: member '" + m.cName() + "' of " + describe(l) + " embeds "
                        + m.layout().map(x -> "'" + x + "', which is not an importable mlx5_ifc_ layout")
                        .orElse("an unknown layout") + "; not imported");
                sizes.put(name, -1);
                return -1;
            }
            total = l.union() ? Math.max(total, w) : total + w;
        }
        sizes.put(name, total);
        return total;
    }

    private int memberWidth(IfcMember m, Set<String> visiting) {
        int element = m.layout().isPresent() ? size(m.layout().get(), visiting) : m.width();
        if (element < 0) {
            return -1;
        }
        return element * m.count().orElse(1);
    }

    private int sizeOf(IfcMember m) {
        return memberWidth(m, new HashSet<>());
    }

    private void dropDependents(Set<String> candidates, Map<String, List<String>> dropped) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : List.copyOf(candidates)) {
                for (IfcMember m : byName.get(name).members()) {
                    String ref = m.layout().orElse(null);
                    if (ref != null && !candidates.contains(ref) && hand.layout(ref).isEmpty()) {
                        candidates.remove(name);
                        dropped.computeIfAbsent(name, k -> new ArrayList<>())
                                .add("it embeds '" + ref + "', which is not imported");
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    // ---- comparison with the hand-written schema

    /** Reports every named field whose offset or width differs, and fields one side lacks. */
    private void compare(IfcLayout l, Layout handLayout) {
        Map<String, int[]> header = flatten(l);
        Map<String, int[]> schema = new LinkedHashMap<>();
        for (Field f : handLayout.fields()) {
            if (!(f instanceof Field.Reserved)) {
                schema.put(f.name(), new int[] {f.offset(), f.width()});
            }
        }
        String where = l.where() + ": ";
        int headerSize = sizes.get(l.name());
        if (headerSize != handLayout.sizeBits()) {
            note(where + "note: hand-written layout '" + l.name() + "' (" + handLayout.location() + ") is "
                    + hex(handLayout.sizeBits()) + " bits; the header's is " + hex(headerSize));
        }
        long unnamed = header.keySet().stream().filter(name -> !schema.containsKey(name)).count();
        if (unnamed > 0) {
            // Not a mistake: hand-written layouts may leave what they do not use reserved. Counted, not listed.
            note(where + "note: hand-written layout '" + l.name() + "' leaves " + unnamed + " of the header's "
                    + header.size() + " named fields reserved or unnamed");
        }
        schema.forEach((name, at) -> {
            int[] h = header.get(name);
            Optional<KnownDifferences.Difference> exact = KnownDifferences.lookupExact(l.name(), name);
            if (exact.isPresent()) {
                note(where + "note: field '" + name + "' of hand-written layout '" + l.name() + "' differs from the "
                        + "header on purpose: " + exact.get().why());
            } else if (h == null) {
                Optional<KnownDifferences.Difference> known = KnownDifferences.lookup(l.name(), name);
                note(where + "note: field '" + name + "' of hand-written layout '" + l.name() + "' is not in the "
                        + "header" + known.map(k -> " (known: " + k.why() + ")").orElse(""));
            } else if (h[0] != at[0] || h[1] != at[1]) {
                note(where + "note: field '" + name + "' of hand-written layout '" + l.name() + "' is at "
                        + hex(at[0]) + ", " + hex(at[1]) + " bits; the header has " + hex(h[0]) + ", "
                        + hex(h[1]) + " bits");
            }
        });
    }

    /** Named members by lower-case name: offset and total width. */
    private Map<String, int[]> flatten(IfcLayout l) {
        Map<String, int[]> out = new LinkedHashMap<>();
        int offset = 0;
        for (IfcMember m : l.members()) {
            int w = sizeOf(m);
            if (!m.reserved()) {
                out.put(m.cName().toLowerCase(Locale.ROOT), new int[] {l.union() ? 0 : offset, w});
            }
            offset += l.union() ? 0 : w;
        }
        return out;
    }

    private void compareOpcodes() {
        for (var c : hand.commands()) {
            Integer v = ifc.opcodes().get(c.name());
            if (v != null && v != c.opcode()) {
                note(c.location() + ": note: command " + c.name() + " has opcode " + hex(c.opcode())
                        + "; the header's MLX5_CMD_OP_" + c.name() + " is " + hex(v));
            }
        }
        hand.enumDef("opcode").ifPresent(e -> {
            for (EnumDef.Value v : e.values()) {
                Integer h = ifc.opcodes().get(v.name().toUpperCase(Locale.ROOT));
                if (h != null && h != v.value()) {
                    note(v.location() + ": note: opcode '" + v.name() + "' is " + hex(v.value())
                            + "; the header's is " + hex(h));
                }
            }
        });
    }

    // ---- YAML

    /** The text and, for each line range, the layout written there (to pin loader errors on a layout). */
    private record Rendered(String text, TreeMap<Integer, String> starts) {
        String layoutAt(int line) {
            var e = starts.floorEntry(line);
            return e == null ? null : e.getValue();
        }
    }

    private Rendered render(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        TreeMap<Integer, String> starts = new TreeMap<>();
        sb.append("# Generated from ").append(headerName).append(" by mlx5ctl codegen; do not edit.\n");
        sb.append("# Regenerate: ").append(command).append('\n');
        sb.append("#\n");
        sb.append("# Every layout and opcode of the header that the hand-written files of this folder do not\n");
        sb.append("# define; those are kept as written and checked against the header instead. Shapes the\n");
        sb.append("# schema says differently from C (see IfcImporter): members wider than 64 bits are arrays,\n");
        sb.append("# names are lower case, an anonymous union member m of layout l is the union l_m,\n");
        sb.append("# u8 x[] is a flexible array of bytes.\n\n");
        sb.append("enums:\n");
        sb.append("  - name: ").append(OPCODE_ENUM).append('\n');
        sb.append("    doc: \"Every MLX5_CMD_OP_* of mlx5_ifc.h. Commands the driver knows are enum opcode.\"\n");
        sb.append("    values:\n");
        ifc.opcodes().forEach((name, value) -> sb.append("      - {name: ").append(name.toLowerCase(Locale.ROOT))
                .append(", value: ").append(hex(value)).append("}\n"));
        sb.append("\nlayouts:\n");
        int line = countLines(sb);
        for (String name : names) {
            IfcLayout l = byName.get(name);
            starts.put(line + 1, name);
            StringBuilder one = new StringBuilder();
            one.append("  - name: ").append(name).append('\n');
            one.append("    doc: \"").append(l.inline()
                    ? "The anonymous " + (l.union() ? "union" : "struct") + " " + l.parentMember().get() + " of "
                    + l.parentTag() + "."
                    : "C type " + l.tag() + ".").append("\"\n");
            if (l.union()) {
                one.append("    kind: union\n");
            }
            one.append("    size: ").append(hex(sizes.get(name))).append('\n');
            String layoutKeys = kept(name, "");
            if (!layoutKeys.isEmpty()) {
                one.append("    ").append(layoutKeys).append('\n');
            }
            one.append("    fields:\n");
            int offset = 0;
            for (IfcMember m : l.members()) {
                one.append("      - ").append(field(l, m, l.union() ? 0 : offset)).append('\n');
                offset += l.union() ? 0 : sizeOf(m);
            }
            one.append('\n');
            line += countLines(one);
            sb.append(one);
        }
        return new Rendered(sb.toString(), starts);
    }

    private String field(IfcLayout l, IfcMember m, int offset) {
        int total = sizeOf(m);
        if (m.reserved()) {
            if (m.flexible()) {
                return "{reserved: 0}";
            }
            return "{reserved: " + hex(total) + "}";
        }
        String name = m.cName().toLowerCase(Locale.ROOT);
        String keys = kept(l.name(), name);
        String count = m.count().map(c -> c == 0 ? ", count: flexible" : ", count: " + hex(c)).orElse("")
                + (keys.isEmpty() ? "" : ", " + keys);
        if (m.layout().isPresent()) {
            return "{name: " + name + ", layout: " + m.layout().get() + count + "}";
        }
        if (m.count().isEmpty() && m.width() > 64) {
            int element = m.width() % DWORD == 0 && offset % DWORD == 0 ? DWORD
                    : m.width() % 8 == 0 && offset % 8 == 0 ? 8 : 1;
            return "{name: " + name + ", width: " + hex(element) + ", count: " + hex(m.width() / element)
                    + (keys.isEmpty() ? "" : ", " + keys)
                    + ", doc: \"" + hex(m.width()) + " bits in the header, as " + hex(element)
                    + "-bit elements.\"}";
        }
        return "{name: " + name + ", width: " + hex(m.width()) + count + "}";
    }

    /** The kept presentation keys of a layout's field ("" for the layout), or "". */
    private String kept(String layout, String field) {
        return kept.getOrDefault(layout, Map.of()).getOrDefault(field, "");
    }

    private static int countLines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String describe(IfcLayout l) {
        return l.inline() ? "anonymous union " + l.parentMember().get() + " of " + l.parentTag() : l.tag();
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private void note(String line) {
        reports.add(line);
    }

    private void error(String line) {
        reports.add(line);
        errors++;
    }
}
