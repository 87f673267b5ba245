package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CapTypeInfo;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.layout.Registry;
import dev.mlx5ctl.prm.Prm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code mlx5ctl schema [WHAT]}: the schema this tool was built from, without a device: lists of commands,
 * registers, capability types, layouts and enums, and each one described with its fields' offsets, widths and docs.
 */
final class SchemaCommand extends Subcommand {

    private final Arg<String> what = model.positional(PositionalParamSpec.builder().index("0").arity("0..1")
            .paramLabel("WHAT").defaultValue("commands")
            .description("A list (commands, registers, caps, layouts, enums) or a name to describe."));

    SchemaCommand(Listing listing) {
        super(listing,
                "", "WHAT is one of: commands (the default), registers, caps, layouts, enums, or the name of a "
                        + "command, register, cap type, layout or enum.", "",
                "Examples:", "  mlx5ctl schema", "  mlx5ctl schema ACCESS_REG", "  mlx5ctl schema paos_reg --json");
    }

    /** The schema, read when a subcommand runs: building the command line must not load 700 layouts. */
    private static Registry registry() {
        return Prm.REGISTRY;
    }

    @Override
    int run(GlobalOptions options) {
        Printer printer = printer();
        switch (what.get()) {
            case "commands" -> list(printer, registry().commands().stream().map(c -> row(c.name(), hex(c.opcode()),
                    c.scope().schemaName(), c.doc())).toList(), "NAME", "OPCODE", "SCOPE", "DOC");
            case "registers" -> list(printer, registry().registers().stream().map(r -> row(r.name(), hex(r.id()),
                    r.layout(), r.doc())).toList(), "NAME", "ID", "LAYOUT", "DOC");
            case "caps" -> list(printer, registry().capTypes().stream().map(c -> row(c.name(),
                    Integer.toString(c.value()), c.layout(), c.doc())).toList(), "NAME", "TYPE", "LAYOUT", "DOC");
            case "layouts" -> list(printer, registry().layouts().stream().map(l -> row(l.name(),
                    Integer.toString(l.sizeBytes()), l.union() ? "union" : "struct", l.doc())).toList(),
                    "NAME", "BYTES", "KIND", "DOC");
            case "enums" -> list(printer, registry().enums().stream().map(e -> row(e.name(),
                    Integer.toString(e.values().size()), e.flags() ? "flags" : "values", e.doc())).toList(),
                    "NAME", "VALUES", "KIND", "DOC");
            default -> describe(printer, what.get());
        }
        return ExitCode.OK;
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }

    private static void list(Printer printer, List<String[]> rows, String... header) {
        List<Object> json = new ArrayList<>();
        for (String[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i].toLowerCase(Locale.ROOT), r[i]);
            }
            json.add(m);
        }
        List<String[]> table = new ArrayList<>();
        table.add(header);
        table.addAll(rows);
        printer.report(json, ListCommand.columns(table));
    }

    private void describe(Printer printer, String name) {
        String upper = name.toUpperCase(Locale.ROOT).replace('-', '_');
        String lower = name.toLowerCase(Locale.ROOT).replace('-', '_');
        Optional<CommandInfo> command = registry().command(upper);
        if (command.isPresent()) {
            CommandInfo c = command.get();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", c.name());
            m.put("opcode", hex(c.opcode()));
            m.put("scope", c.scope().schemaName());
            m.put("doc", c.doc());
            c.opMod().ifPresent(op -> {
                m.put("op_mod", op.doc());
                op.scopes().forEach((v, s) -> m.put("scope for op_mod " + v, s.schemaName()));
            });
            m.put("in", c.in());
            m.put("out", c.out());
            StringBuilder text = new StringBuilder(Text.table(m));
            text.append('\n').append(layoutText(registry().requireLayout(c.in())));
            text.append('\n').append(layoutText(registry().requireLayout(c.out())));
            m.put("in", layoutJson(registry().requireLayout(c.in())));
            m.put("out", layoutJson(registry().requireLayout(c.out())));
            printer.report(m, text.toString());
            return;
        }
        Optional<RegisterInfo> reg = registry().register(upper);
        if (reg.isPresent()) {
            RegisterInfo r = reg.get();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("register", r.name());
            m.put("id", hex(r.id()));
            m.put("doc", r.doc());
            m.put("layout", r.layout());
            m.put("index", r.index());
            m.put("read_only", r.allReadOnly() ? "all" : r.readOnly());
            Map<String, Object> rows = new LinkedHashMap<>(m);
            rows.put("index", r.index().isEmpty() ? "none" : String.join(", ", r.index()) + " (give with --index)");
            rows.put("read_only", r.allReadOnly() ? "every field" : r.readOnly().isEmpty() ? "none"
                    : String.join(", ", r.readOnly()));
            String text = Text.table(rows) + "\n" + layoutText(registry().requireLayout(r.layout()));
            m.put("layout", layoutJson(registry().requireLayout(r.layout())));
            printer.report(m, text);
            return;
        }
        Optional<CapTypeInfo> cap = registry().capType(lower);
        if (cap.isPresent()) {
            CapTypeInfo c = cap.get();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cap_type", c.name());
            m.put("value", c.value());
            m.put("doc", c.doc());
            m.put("layout", c.layout());
            String text = Text.table(m) + "\n" + layoutText(registry().requireLayout(c.layout()));
            m.put("layout", layoutJson(registry().requireLayout(c.layout())));
            printer.report(m, text);
            return;
        }
        Optional<LayoutInfo> layout = registry().layout(lower);
        if (layout.isPresent()) {
            printer.report(layoutJson(layout.get()), layoutText(layout.get()));
            return;
        }
        Optional<EnumInfo> e = registry().enumInfo(lower);
        if (e.isPresent()) {
            printer.report(enumJson(e.get()), enumText(e.get()));
            return;
        }
        throw new UsageException("'" + name + "' is no command, register, cap type, layout or enum of the schema "
                + "(lists: mlx5ctl schema commands|registers|caps|layouts|enums)");
    }

    /** A layout as a table: bit offset (and byte.bit), width, name, type, doc. */
    static String layoutText(LayoutInfo layout) {
        StringBuilder sb = new StringBuilder();
        sb.append(layout.union() ? "union " : "layout ").append(layout.name()).append(" (")
                .append(layout.sizeBytes()).append(" bytes)");
        if (!layout.doc().isBlank()) {
            sb.append(": ").append(layout.doc());
        }
        layout.format().ifPresent(f -> sb.append(" Shown as one value: ").append(f.key()).append('.'));
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  OFFSET", "BYTE.BIT", "WIDTH", "NAME", "TYPE", "DOC"});
        for (FieldInfo f : layout.fields()) {
            rows.add(new String[] {"  " + hex(f.offset()), (f.offset() / 8) + "." + (f.offset() % 8),
                hex(f.width()), f.name() + arraySuffix(f), type(f), f.doc()});
        }
        return sb.append(ListCommand.columns(rows)).toString();
    }

    private static String arraySuffix(FieldInfo f) {
        return !f.isArray() ? "" : f.flexible() ? "[]" : "[" + f.count() + "]";
    }

    /**
     * The field's type, with the format or unit it is shown in ({@code u16 bcd}, {@code u16 in bytes}) or the field
     * that selects its union member ({@code eth_cntrs_grp_data_layout_auto by grp}).
     */
    private static String type(FieldInfo f) {
        return baseType(f) + f.format().map(x -> " " + x.key()).orElse("") + f.unit().map(u -> " in " + u).orElse("")
                + f.selector().map(s -> " by " + s.by()).orElse("");
    }

    private static String baseType(FieldInfo f) {
        return switch (f.kind()) {
            case RESERVED -> "reserved";
            case SCALAR -> f.enumName().map(e -> "enum " + e).orElse("u" + f.elementWidth());
            case SCALAR_ARRAY -> f.enumName().map(e -> "enum " + e).orElse("u" + f.elementWidth() + "[]");
            case NESTED, LAYOUT_ARRAY -> f.layout().orElseThrow();
        };
    }

    static Map<String, Object> layoutJson(LayoutInfo layout) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layout", layout.name());
        m.put("kind", layout.union() ? "union" : "struct");
        m.put("size_bits", layout.sizeBits());
        m.put("doc", layout.doc());
        layout.format().ifPresent(f -> m.put("format", f.key()));
        List<Object> fields = new ArrayList<>();
        for (FieldInfo f : layout.fields()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            fm.put("offset", f.offset());
            fm.put("width", f.width());
            if (f.isArray()) {
                fm.put("element_width", f.elementWidth());
                fm.put("count", f.flexible() ? null : f.count());
                fm.put("flexible", f.flexible());
            }
            f.enumName().ifPresent(e -> fm.put("enum", e));
            f.layout().ifPresent(l -> fm.put("layout", l));
            f.format().ifPresent(x -> fm.put("format", x.key()));
            f.selector().ifPresent(sel -> {
                Map<String, Object> members = new LinkedHashMap<>();
                sel.members().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> members.put(hex(e.getKey().intValue()), e.getValue()));
                fm.put("select", Map.of("by", sel.by(), "members", members));
            });
            f.unit().ifPresent(u -> fm.put("unit", u));
            fm.put("doc", f.doc());
            fields.add(fm);
        }
        m.put("fields", fields);
        return m;
    }

    private static String enumText(EnumInfo e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.flags() ? "flags " : "enum ").append(e.name());
        if (!e.doc().isBlank()) {
            sb.append(": ").append(e.doc());
        }
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  VALUE", "NAME", "DOC"});
        e.values().forEach(v -> rows.add(new String[] {"  0x" + Long.toHexString(v.value()), v.name(), v.doc()}));
        return sb.append(ListCommand.columns(rows)).toString();
    }

    private static Map<String, Object> enumJson(EnumInfo e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enum", e.name());
        m.put("flags", e.flags());
        m.put("doc", e.doc());
        List<Object> values = new ArrayList<>();
        for (EnumInfo.Value v : e.values()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("name", v.name());
            vm.put("value", v.value());
            vm.put("doc", v.doc());
            values.add(vm);
        }
        m.put("values", values);
        return m;
    }
}
