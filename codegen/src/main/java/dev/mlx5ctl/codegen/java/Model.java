package dev.mlx5ctl.codegen.java;

import com.palantir.javapoet.ClassName;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema as the Java emitters see it: every element with the class that will hold it, decided once so that
 * cross-references (a field typed by an enum, a command's input builder) agree.
 */
final class Model {

    static final String PACKAGE = "dev.mlx5ctl.prm";
    static final String LAYOUT_PACKAGE = "dev.mlx5ctl.layout";
    static final ClassName REGISTRY_CLASS = ClassName.get(PACKAGE, "Prm");
    static final ClassName BITS = ClassName.get(LAYOUT_PACKAGE, "Bits");
    static final ClassName LAYOUT_INFO = ClassName.get(LAYOUT_PACKAGE, "LayoutInfo");
    static final ClassName FIELD_INFO = ClassName.get(LAYOUT_PACKAGE, "FieldInfo");
    static final ClassName FORMAT = ClassName.get(LAYOUT_PACKAGE, "Format");
    static final ClassName ENUM_INFO = ClassName.get(LAYOUT_PACKAGE, "EnumInfo");
    static final ClassName COMMAND_INFO = ClassName.get(LAYOUT_PACKAGE, "CommandInfo");
    static final ClassName REGISTER_INFO = ClassName.get(LAYOUT_PACKAGE, "RegisterInfo");
    static final ClassName CAP_TYPE_INFO = ClassName.get(LAYOUT_PACKAGE, "CapTypeInfo");
    static final ClassName REGISTRY = ClassName.get(LAYOUT_PACKAGE, "Registry");
    static final ClassName CODEC = ClassName.get(LAYOUT_PACKAGE, "LayoutCodec");
    static final ClassName SCOPE = ClassName.get(LAYOUT_PACKAGE, "Scope");
    static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
    static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");

    /** The enum whose values name a command's status, when the schema has one. */
    static final String STATUS_ENUM = "cmd_status";

    final Schema schema;
    final String schemaSource;
    private final Map<String, ClassName> layoutClasses = new HashMap<>();
    private final Map<String, ClassName> enumClasses = new HashMap<>();
    private final Map<String, ClassName> commandClasses = new HashMap<>();
    private final Set<String> dwordSafe;
    /** The schema's layouts and enums by name: emitters look them up for every field that names one. */
    private final Map<String, Layout> layouts;
    private final Map<String, EnumDef> enums = new HashMap<>();
    /** The layouts of at most 32 bits that some command's op_mod is split into (QUERY_HCA_CAP: cap_type, cur). */
    private final Set<String> opModLayouts = new HashSet<>();

    Model(Schema schema, String schemaSource) {
        this.schema = schema;
        this.schemaSource = schemaSource;
        Set<String> taken = new HashSet<>(Set.of(REGISTRY_CLASS.simpleName()));
        // Layouts keep the plain name: they are what a reader greps for most. Enums and commands yield on a clash.
        for (Layout l : schema.layouts()) {
            layoutClasses.put(l.name(), claim(taken, Names.upperCamel(l.name()), "Layout"));
        }
        for (EnumDef e : schema.enums()) {
            enumClasses.put(e.name(), claim(taken, Names.upperCamel(e.name()), "Enum"));
        }
        for (Command c : schema.commands()) {
            commandClasses.put(c.name(), claim(taken, Names.upperCamel(c.name()), "Command"));
        }
        this.layouts = schema.layoutsByName();
        for (EnumDef e : schema.enums()) {
            enums.putIfAbsent(e.name(), e);
        }
        this.dwordSafe = computeDwordSafe();
        for (Command c : schema.commands()) {
            c.opMod().flatMap(Command.OpMod::layout).filter(l -> layout(l).sizeBits() <= 32)
                    .ifPresent(opModLayouts::add);
        }
    }

    private static ClassName claim(Set<String> taken, String name, String suffix) {
        String n = name;
        while (!taken.add(n)) {
            n = n + suffix;
        }
        return ClassName.get(PACKAGE, n);
    }

    ClassName layoutClass(String layout) {
        return require(layoutClasses, layout, "layout");
    }

    ClassName enumClass(String enumName) {
        return require(enumClasses, enumName, "enum");
    }

    ClassName commandClass(String command) {
        return require(commandClasses, command, "command");
    }

    private static <T> T require(Map<String, T> map, String name, String what) {
        T c = map.get(name);
        if (c == null) {
            throw new IllegalArgumentException("schema refers to unknown " + what + " '" + name + "'");
        }
        return c;
    }

    Layout layout(String name) {
        return require(layouts, name, "layout");
    }

    EnumDef enumDef(String name) {
        return require(enums, name, "enum");
    }

    /**
     * Whether every view of this layout has the whole dword of each of its fixed fields inside its segment, so its
     * getters may skip the check for a segment that ends mid-dword ({@code Bits.getField}): true for a layout whose
     * size is a multiple of 32 bits, unless it is embedded in a layout for which this is false or in a flexible
     * array, whose elements reach the end of a segment of any length. A view's root was wrapped at bit 0 of a
     * segment at least its size, and a field never crosses a dword, so a safe root keeps its descendants safe.
     */
    boolean dwordSafe(String layout) {
        return dwordSafe.contains(layout);
    }

    private Set<String> computeDwordSafe() {
        Set<String> safe = new HashSet<>();
        for (Layout l : schema.layouts()) {
            if (l.sizeBits() % 32 == 0) {
                safe.add(l.name());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Layout parent : schema.layouts()) {
                for (Field f : parent.fields()) {
                    String child = switch (f) {
                        case Field.Nested n -> n.layout();
                        case Field.Array a when a.element() instanceof Field.LayoutElement le -> le.layout();
                        default -> null;
                    };
                    boolean flexible = f instanceof Field.Array a && a.flexible();
                    if (child != null && (flexible || !safe.contains(parent.name())) && safe.remove(child)) {
                        changed = true;
                    }
                }
            }
        }
        return safe;
    }

    /** The one command whose input is this layout; a shared input layout gets no preset opcode. */
    Optional<Command> soleCommandWithInput(String layout) {
        List<Command> users = commandsWithInput(layout);
        return users.size() == 1 ? Optional.of(users.getFirst()) : Optional.empty();
    }

    /**
     * Whether the builder of {@code l} keeps its dwords in int fields and writes each whole, as hand-written code
     * composes a mailbox: a struct of at most {@link #VALUE_BUILDER_MAX_DWORDS} whole dwords whose fields are all
     * scalars within one dword (command inputs, mostly). Other builders set each field into a segment, read-modify-
     * write; C2 does not scalar-replace those builders once the mailbox they write is zeroed in the same method.
     */
    boolean valueBuilder(Layout l) {
        if (l.kind() == Layout.Kind.UNION || l.sizeBits() % 32 != 0 || l.sizeBits() > 32 * VALUE_BUILDER_MAX_DWORDS
                || flexibleTail(l).isPresent()) {
            return false;
        }
        for (Field f : l.fields()) {
            boolean inOneDword = switch (f) {
                case Field.Reserved r -> true;
                case Field.Scalar s -> s.width() <= 32 && s.offset() % 32 + s.width() <= 32;
                default -> false;
            };
            if (!inOneDword) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some command's op_mod, of at most 32 bits, is split into the fields of this layout: its view then hands
     * its bits to a builder as an int.
     */
    boolean splitsOpMod(String layout) {
        return opModLayouts.contains(layout);
    }

    /** The largest layout, in dwords, whose builder keeps them in fields ({@link #valueBuilder}). */
    static final int VALUE_BUILDER_MAX_DWORDS = 16;

    /**
     * How op_mod of this input layout reads: as its commands say, when they all say it alike (ACCESS_REG and
     * ACCESS_REGISTER_USER share access_register_in and its op_mod enum).
     */
    Optional<Command.OpMod> opModOfInput(String layout) {
        List<Optional<Command.OpMod>> meanings = commandsWithInput(layout).stream().map(Command::opMod).toList();
        boolean alike = meanings.stream().map(m -> m.map(o -> o.enumName().orElse("") + "/" + o.layout().orElse("")))
                .distinct().count() == 1;
        return alike ? meanings.getFirst() : Optional.empty();
    }

    private List<Command> commandsWithInput(String layout) {
        return schema.commands().stream().filter(c -> c.in().equals(layout)).toList();
    }

    /**
     * The flexible array that ends a layout, directly or as the tail of a layout embedded last (create_umem_in ends
     * in umem, which ends in mtt[]), with its path from the outer layout ({@code umem.mtt}).
     */
    Optional<Tail> flexibleTail(Layout l) {
        if (l.ownFlexibleTail().isPresent()) {
            return Optional.of(new Tail(l.ownFlexibleTail().get().name(), l.ownFlexibleTail().get()));
        }
        if (!l.fields().isEmpty() && l.fields().getLast() instanceof Field.Nested n) {
            return flexibleTail(layout(n.layout())).map(t -> new Tail(n.name() + "." + t.path(), t.array()));
        }
        return Optional.empty();
    }

    record Tail(String path, Field.Array array) {

        int elementWidth() {
            return array.element().width();
        }
    }

    boolean isCommandOutput(String layout) {
        return schema.commands().stream().anyMatch(c -> c.out().equals(layout));
    }

    boolean hasStatusEnum() {
        return schema.enumDef(STATUS_ENUM).isPresent();
    }
}
