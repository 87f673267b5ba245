package dev.mlx5ctl.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The identity of a schema: a SHA-256 over a canonical text of its meaning. The kernel's policy table and the Java
 * bindings both embed it, so a tool can tell whether it was built from the same schema as the driver.
 *
 * <p>The canonical text holds layouts (with every field's name, kind, offset, width and what it refers to), enums,
 * commands, registers and cap types, each kind sorted by name so that moving an element to another file changes
 * nothing. Docs, comments, formatting, file names and locations are not part of it.
 */
public final class SchemaIdentity {

    private SchemaIdentity() {
    }

    /** The identity of {@code schema}, 64 lowercase hex digits; {@link Schema#identity()} itself is ignored. */
    public static String of(Schema schema) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalForm(schema).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The text the identity hashes: one line per element, names being identifiers (no spaces), numbers in hex.
     * Exposed so that a changed identity can be explained by diffing two canonical forms.
     */
    public static String canonicalForm(Schema schema) {
        StringBuilder out = new StringBuilder("mlx5ctl-schema 1\n");
        for (Layout l : sorted(schema.layouts(), Layout::name)) {
            line(out, "layout", l.name(), l.kind().name().toLowerCase(java.util.Locale.ROOT), hex(l.sizeBits()));
            for (Field f : l.fields()) {
                switch (f) {
                    case Field.Scalar s -> line(out, " scalar", s.name(), hex(s.offset()), hex(s.width()),
                            "enum=" + s.enumName().orElse("-"));
                    case Field.Nested n -> line(out, " nested", n.name(), hex(n.offset()), hex(n.width()),
                            "layout=" + n.layout());
                    case Field.Array a -> line(out, " array", a.name(), hex(a.offset()), element(a.element()),
                            a.flexible() ? "count=flexible" : "count=" + hex(a.count()));
                    case Field.Reserved r -> line(out, " reserved", hex(r.offset()), hex(r.width()));
                }
            }
        }
        for (EnumDef e : sorted(schema.enums(), EnumDef::name)) {
            line(out, "enum", e.name(), e.flags() ? "flags" : "values");
            for (EnumDef.Value v : sorted(e.values(), EnumDef.Value::name)) {
                line(out, " value", v.name(), hex(v.value()));
            }
        }
        for (Command c : sorted(schema.commands(), Command::name)) {
            line(out, "command", c.name(), hex(c.opcode()), c.scope().schemaName(), "in=" + c.in(), "out=" + c.out(),
                    "effect=" + c.effect().schemaName(), "clears=" + c.clears().map(b -> hex(b.offset())).orElse("-"));
            c.opMod().ifPresent(m -> {
                line(out, " op_mod", "enum=" + m.enumName().orElse("-"), "layout=" + m.layout().orElse("-"));
                m.overrides().stream().sorted(Comparator.comparingInt(Command.ScopeOverride::opMod))
                        .forEach(o -> line(out, "  scope", hex(o.opMod()), o.scope().schemaName()));
            });
        }
        for (Register r : sorted(schema.registers(), Register::name)) {
            line(out, "register", r.name(), hex(r.id()), "layout=" + r.layout(), "read=" + r.read().schemaName(),
                    "write=" + r.write().schemaName(), "clears=" + r.clears().map(b -> hex(b.offset())).orElse("-"));
        }
        for (CapType c : sorted(schema.capTypes(), CapType::name)) {
            line(out, "cap_type", c.name(), hex(c.value()), "layout=" + c.layout());
        }
        return out.toString();
    }

    private static String element(Field.Element element) {
        return switch (element) {
            case Field.ScalarElement s -> "element=" + hex(s.width()) + ",enum=" + s.enumName().orElse("-");
            case Field.LayoutElement l -> "element=" + hex(l.width()) + ",layout=" + l.layout();
        };
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }

    private static void line(StringBuilder out, String... words) {
        out.append(String.join(" ", words)).append('\n');
    }

    private static String hex(long n) {
        return "0x" + Long.toHexString(n);
    }
}
