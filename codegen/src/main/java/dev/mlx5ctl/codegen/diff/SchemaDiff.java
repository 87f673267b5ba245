package dev.mlx5ctl.codegen.diff;

import dev.mlx5ctl.schema.CapType;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every change between two schemas, each classified for compatibility. What breaks: anything that moves, resizes,
 * retypes or removes bits a peer already relies on, and any changed number (opcode, register id, enum value).
 * What does not: new layouts, commands, registers, cap types, enum values, and fields placed in what was a reserved
 * gap. A scope change is breaking either way, and says which way: loosened (less privilege needed) is for a
 * security review, tightened breaks users who had enough before.
 */
public final class SchemaDiff {

    /** How a change affects peers built against the old schema. */
    public enum Kind {
        COMPATIBLE("compatible"),
        BREAKING("breaking"),
        SCOPE_LOOSENED("breaking (security review)"),
        SCOPE_TIGHTENED("breaking (users)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean breaking() {
            return this != COMPATIBLE;
        }
    }

    /** One change: {@code what} names the element, {@code how} says what happened to it. */
    public record Change(Kind kind, String what, String how) {
        public String format() {
            return kind.label() + ": " + what + " " + how;
        }
    }

    private final List<Change> changes = new ArrayList<>();

    private SchemaDiff() {
    }

    /** The changes from {@code old} to {@code now}, grouped by kind of element, each group in schema order. */
    public static List<Change> between(Schema old, Schema now) {
        SchemaDiff d = new SchemaDiff();
        d.enums(old, now);
        d.layouts(old, now);
        d.commands(old, now);
        d.registers(old, now);
        d.capTypes(old, now);
        return List.copyOf(d.changes);
    }

    // ---- enums

    private void enums(Schema old, Schema now) {
        pair(old.enums(), now.enums(), EnumDef::name, "enum", (o, n) -> {
            String what = "enum " + n.name();
            if (o.flags() != n.flags()) {
                add(Kind.BREAKING, what, n.flags() ? "became a flag set" : "is no longer a flag set");
            }
            pair(o.values(), n.values(), EnumDef.Value::name, null, (ov, nv) -> {
                if (ov.value() != nv.value()) {
                    add(Kind.BREAKING, what + " value " + nv.name(), "changed from " + hex(ov.value()) + " to "
                            + hex(nv.value()));
                }
            }, (removed) -> add(Kind.BREAKING, what + " value " + removed.name(), "removed (was "
                    + hex(removed.value()) + ")"),
                    (added) -> add(Kind.COMPATIBLE, what + " value " + added.name(), "added (" + hex(added.value())
                            + ")"));
        });
    }

    // ---- layouts

    private void layouts(Schema old, Schema now) {
        pair(old.layouts(), now.layouts(), Layout::name, "layout", (o, n) -> layout(o, n));
    }

    private void layout(Layout o, Layout n) {
        String what = "layout " + n.name();
        if (o.kind() != n.kind()) {
            add(Kind.BREAKING, what, "changed from " + kind(o) + " to " + kind(n));
        }
        if (o.sizeBits() != n.sizeBits()) {
            add(Kind.BREAKING, what, "resized from " + hex(o.sizeBits()) + " to " + hex(n.sizeBits()) + " bits");
        }
        if (o.ownFlexibleTail().isPresent() != n.ownFlexibleTail().isPresent()) {
            add(Kind.BREAKING, what, n.ownFlexibleTail().isPresent() ? "now ends in a flexible array"
                    : "no longer ends in a flexible array");
        }
        List<Field> oldFields = named(o);
        List<Field> newFields = named(n);
        pair(oldFields, newFields, Field::name, null, (of, nf) -> field(what, of, nf),
                removed -> add(Kind.BREAKING, "field " + n.name() + "." + removed.name(), "removed (was at "
                        + hex(removed.offset()) + ", " + hex(removed.width()) + " bits)"),
                added -> {
                    String at = "at " + hex(added.offset()) + ", " + hex(added.width()) + " bits";
                    if (o.kind() == Layout.Kind.UNION && n.kind() == Layout.Kind.UNION
                            && added.width() <= o.sizeBits()) {
                        add(Kind.COMPATIBLE, "field " + n.name() + "." + added.name(), "added as a union member ("
                                + at + ")");
                    } else if (o.kind() == Layout.Kind.STRUCT && inReservedGap(o, added)) {
                        add(Kind.COMPATIBLE, "field " + n.name() + "." + added.name(), "added in a reserved gap ("
                                + at + ")");
                    } else {
                        add(Kind.BREAKING, "field " + n.name() + "." + added.name(), "added outside a reserved "
                                + "gap (" + at + ")");
                    }
                });
    }

    private void field(String layoutWhat, Field o, Field n) {
        String what = "field " + layoutWhat.substring("layout ".length()) + "." + n.name();
        if (o.offset() != n.offset()) {
            add(Kind.BREAKING, what, "moved from " + hex(o.offset()) + " to " + hex(n.offset()));
        }
        if (o.width() != n.width()) {
            add(Kind.BREAKING, what, "resized from " + hex(o.width()) + " to " + hex(n.width()) + " bits");
        }
        String ot = type(o);
        String nt = type(n);
        if (!ot.equals(nt)) {
            add(Kind.BREAKING, what, "retyped from " + ot + " to " + nt);
        }
    }

    /** Whether every bit of {@code f} was inside one reserved gap of {@code old}. */
    private static boolean inReservedGap(Layout old, Field f) {
        return old.fields().stream().anyMatch(g -> g instanceof Field.Reserved
                && g.offset() <= f.offset() && f.end() <= g.end());
    }

    private static List<Field> named(Layout l) {
        return l.fields().stream().filter(f -> !(f instanceof Field.Reserved)).toList();
    }

    /** What a field holds, apart from where and how wide: compared as text. */
    private static String type(Field f) {
        return switch (f) {
            case Field.Scalar s -> s.enumName().map(e -> "enum " + e).orElse("integer");
            case Field.Nested n -> "layout " + n.layout();
            case Field.Array a -> (a.flexible() ? "flexible array of " : "array of " + hex(a.count()) + " ")
                    + switch (a.element()) {
                        case Field.ScalarElement e -> hex(e.width()) + "-bit "
                                + e.enumName().map(x -> "enum " + x).orElse("integers");
                        case Field.LayoutElement e -> "layout " + e.layout();
                    };
            case Field.Reserved r -> "reserved";
        };
    }

    // ---- commands

    private void commands(Schema old, Schema now) {
        pair(old.commands(), now.commands(), Command::name, "command", this::command);
    }

    private void command(Command o, Command n) {
        String what = "command " + n.name();
        if (o.opcode() != n.opcode()) {
            add(Kind.BREAKING, what, "opcode changed from " + hex(o.opcode()) + " to " + hex(n.opcode()));
        }
        if (!o.in().equals(n.in())) {
            add(Kind.BREAKING, what, "input layout changed from " + o.in() + " to " + n.in());
        }
        if (!o.out().equals(n.out())) {
            add(Kind.BREAKING, what, "output layout changed from " + o.out() + " to " + n.out());
        }
        scope(what, o.scope(), n.scope());
        String om = o.opMod().map(m -> m.enumName().map(e -> "enum " + e).or(() -> m.layout().map(l -> "layout "
                + l)).orElse("untyped")).orElse("none");
        String nm = n.opMod().map(m -> m.enumName().map(e -> "enum " + e).or(() -> m.layout().map(l -> "layout "
                + l)).orElse("untyped")).orElse("none");
        // An op_mod with only scope overrides types nothing: "untyped" is "none" for compatibility.
        if (!om.replace("untyped", "none").equals(nm.replace("untyped", "none"))) {
            add(Kind.BREAKING, what, "op_mod retyped from " + om + " to " + nm);
        }
        // Overrides: compare the scope each listed op_mod value needs, on either side.
        TreeSet<Integer> values = new TreeSet<>();
        o.opMod().ifPresent(m -> m.overrides().forEach(v -> values.add(v.opMod())));
        n.opMod().ifPresent(m -> m.overrides().forEach(v -> values.add(v.opMod())));
        for (int v : values) {
            Scope os = o.scopeFor(v);
            Scope ns = n.scopeFor(v);
            // The command's own scope change is reported once above; only report what differs from it.
            if (os != ns && !(os == o.scope() && ns == n.scope())) {
                scope(what + " op_mod " + hex(v), os, ns);
            }
        }
    }

    private void scope(String what, Scope o, Scope n) {
        if (o == n) {
            return;
        }
        int cmp = Integer.compare(rank(n), rank(o));
        String how = "scope " + (cmp < 0 ? "loosened" : "tightened") + " from " + o.schemaName() + " to "
                + n.schemaName();
        add(cmp < 0 ? Kind.SCOPE_LOOSENED : Kind.SCOPE_TIGHTENED, what, how);
    }

    /** Privilege order: configuration lowest; kernel above all, since no user may issue it. */
    private static int rank(Scope s) {
        return s == Scope.KERNEL ? Integer.MAX_VALUE : s.uapiValue();
    }

    // ---- registers and cap types

    private void registers(Schema old, Schema now) {
        pair(old.registers(), now.registers(), Register::name, "register", (o, n) -> {
            String what = "register " + n.name();
            if (o.id() != n.id()) {
                add(Kind.BREAKING, what, "id changed from " + hex(o.id()) + " to " + hex(n.id()));
            }
            if (!o.layout().equals(n.layout())) {
                add(Kind.BREAKING, what, "layout changed from " + o.layout() + " to " + n.layout());
            }
        });
    }

    private void capTypes(Schema old, Schema now) {
        pair(old.capTypes(), now.capTypes(), CapType::name, "cap type", (o, n) -> {
            String what = "cap type " + n.name();
            if (o.value() != n.value()) {
                add(Kind.BREAKING, what, "value changed from " + hex(o.value()) + " to " + hex(n.value()));
            }
            if (!o.layout().equals(n.layout())) {
                add(Kind.BREAKING, what, "layout changed from " + o.layout() + " to " + n.layout());
            }
        });
    }

    // ---- plumbing

    private interface Both<T> {
        void compare(T old, T now);
    }

    private interface One<T> {
        void report(T item);
    }

    /** Removed and added elements of a named kind: breaking and compatible. */
    private <T> void pair(List<T> old, List<T> now, Function<T, String> name, String kind, Both<T> both) {
        pair(old, now, name, kind, both,
                removed -> add(Kind.BREAKING, kind + " " + name.apply(removed), "removed"),
                added -> add(Kind.COMPATIBLE, kind + " " + name.apply(added), "added"));
    }

    /** Calls {@code both} for elements in both lists (new order), then removed (old order), then added. */
    private static <T> void pair(List<T> old, List<T> now, Function<T, String> name, String kind, Both<T> both,
            One<T> removed, One<T> added) {
        Map<String, T> oldByName = new LinkedHashMap<>();
        old.forEach(t -> oldByName.putIfAbsent(name.apply(t), t));
        Map<String, T> newByName = new LinkedHashMap<>();
        now.forEach(t -> newByName.putIfAbsent(name.apply(t), t));
        newByName.forEach((n, t) -> Optional.ofNullable(oldByName.get(n)).ifPresent(o -> both.compare(o, t)));
        oldByName.forEach((n, t) -> {
            if (!newByName.containsKey(n)) {
                removed.report(t);
            }
        });
        newByName.forEach((n, t) -> {
            if (!oldByName.containsKey(n)) {
                added.report(t);
            }
        });
    }

    private void add(Kind kind, String what, String how) {
        changes.add(new Change(kind, what, how));
    }

    private static String kind(Layout l) {
        return l.kind() == Layout.Kind.UNION ? "union" : "struct";
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
