package dev.mlx5ctl.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything a schema defines, by name: what the generated {@code dev.mlx5ctl.prm.Prm.REGISTRY} holds, so that
 * tools can work on any layout or command named at run time. Lists keep schema order.
 *
 * <p>The layouts, enums and commands come from {@link Elements}, which the generated registry answers by name
 * without touching the rest: each of them is a class whose initialization builds its description, and
 * initializing all 800 of them was a tenth of a CLI start in an emulated guest, for a command that decodes one
 * register. The lists are made when first asked for; a name, once found, is remembered.
 */
public final class Registry {

    /**
     * The layouts, enums and commands of a schema: all of them, in schema order, or one by its name (or opcode),
     * null when there is none.
     */
    public interface Elements {

        List<LayoutInfo> layouts();

        List<EnumInfo> enums();

        List<CommandInfo> commands();

        LayoutInfo layout(String name);

        EnumInfo enumInfo(String name);

        CommandInfo command(String name);

        /** The first command of the schema with that opcode. */
        CommandInfo commandByOpcode(int opcode);

        /** Elements from lists, found by map. */
        static Elements of(List<LayoutInfo> layouts, List<EnumInfo> enums, List<CommandInfo> commands) {
            return new Listed(List.copyOf(layouts), List.copyOf(enums), List.copyOf(commands),
                    byKey(layouts, LayoutInfo::name), byKey(enums, EnumInfo::name), byKey(commands, CommandInfo::name),
                    byKey(commands, CommandInfo::opcode));
        }
    }

    /** {@link Elements#of}: lists, and maps made from them. */
    private record Listed(List<LayoutInfo> layouts, List<EnumInfo> enums, List<CommandInfo> commands,
            Map<String, LayoutInfo> layoutsByName, Map<String, EnumInfo> enumsByName,
            Map<String, CommandInfo> commandsByName, Map<Integer, CommandInfo> commandsByOpcode) implements Elements {

        @Override
        public LayoutInfo layout(String name) {
            return layoutsByName.get(name);
        }

        @Override
        public EnumInfo enumInfo(String name) {
            return enumsByName.get(name);
        }

        @Override
        public CommandInfo command(String name) {
            return commandsByName.get(name);
        }

        @Override
        public CommandInfo commandByOpcode(int opcode) {
            return commandsByOpcode.get(opcode);
        }
    }

    private final String schemaId;
    private final Elements elements;
    private final List<RegisterInfo> registers;
    private final List<CapTypeInfo> capTypes;

    private final Map<String, RegisterInfo> registersByName;
    private final Map<Integer, RegisterInfo> registersById;
    private final Map<String, CapTypeInfo> capTypesByName;

    private final Map<String, LayoutInfo> layoutsFound = new ConcurrentHashMap<>();
    private final Map<String, EnumInfo> enumsFound = new ConcurrentHashMap<>();
    private final Map<String, CommandInfo> commandsFound = new ConcurrentHashMap<>();
    private final Map<Integer, CommandInfo> opcodesFound = new ConcurrentHashMap<>();
    private volatile List<LayoutInfo> layouts;
    private volatile List<EnumInfo> enums;
    private volatile List<CommandInfo> commands;

    /** @param schemaId the schema identity (the SHA-256 the kernel's policy table embeds too) */
    public Registry(String schemaId, List<LayoutInfo> layouts, List<EnumInfo> enums, List<CommandInfo> commands,
            List<RegisterInfo> registers, List<CapTypeInfo> capTypes) {
        this(schemaId, Elements.of(layouts, enums, commands), registers, capTypes);
    }

    /** @param schemaId the schema identity (the SHA-256 the kernel's policy table embeds too) */
    public Registry(String schemaId, Elements elements, List<RegisterInfo> registers, List<CapTypeInfo> capTypes) {
        this.schemaId = schemaId;
        this.elements = elements;
        this.registers = List.copyOf(registers);
        this.capTypes = List.copyOf(capTypes);
        this.registersByName = byKey(registers, RegisterInfo::name);
        this.registersById = byKey(registers, RegisterInfo::id);
        this.capTypesByName = byKey(capTypes, CapTypeInfo::name);
    }

    private static <K, T> Map<K, T> byKey(List<T> items, Function<T, K> key) {
        Map<K, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return Map.copyOf(map);
    }

    /** {@code found}'s entry for {@code key}, else {@code find}'s answer, remembered unless null. */
    private static <K, T> Optional<T> find(Map<K, T> found, K key, Function<K, T> find) {
        T item = found.get(key);
        if (item == null) {
            item = find.apply(key);
            if (item != null) {
                found.put(key, item);
            }
        }
        return Optional.ofNullable(item);
    }

    public String schemaId() {
        return schemaId;
    }

    public List<LayoutInfo> layouts() {
        List<LayoutInfo> l = layouts;
        return l != null ? l : (layouts = List.copyOf(elements.layouts()));
    }

    public List<EnumInfo> enums() {
        List<EnumInfo> e = enums;
        return e != null ? e : (enums = List.copyOf(elements.enums()));
    }

    public List<CommandInfo> commands() {
        List<CommandInfo> c = commands;
        return c != null ? c : (commands = List.copyOf(elements.commands()));
    }

    public List<RegisterInfo> registers() {
        return registers;
    }

    public List<CapTypeInfo> capTypes() {
        return capTypes;
    }

    public Optional<LayoutInfo> layout(String name) {
        return find(layoutsFound, name, elements::layout);
    }

    public Optional<EnumInfo> enumInfo(String name) {
        return find(enumsFound, name, elements::enumInfo);
    }

    /** The command of that name ({@code QUERY_HCA_CAP}). */
    public Optional<CommandInfo> command(String name) {
        return find(commandsFound, name, elements::command);
    }

    /** The first command of the schema with that opcode. */
    public Optional<CommandInfo> commandByOpcode(int opcode) {
        return find(opcodesFound, opcode, elements::commandByOpcode);
    }

    /** The register of that name ({@code PAOS}). */
    public Optional<RegisterInfo> register(String name) {
        return Optional.ofNullable(registersByName.get(name));
    }

    public Optional<RegisterInfo> registerById(int id) {
        return Optional.ofNullable(registersById.get(id));
    }

    /** The capability type of that name ({@code general}). */
    public Optional<CapTypeInfo> capType(String name) {
        return Optional.ofNullable(capTypesByName.get(name));
    }

    /** The layout of that name, or a one-line refusal naming it. */
    public LayoutInfo requireLayout(String name) {
        return layout(name).orElseThrow(() -> new UnknownFieldException("unknown layout '" + name + "'"));
    }

    /** The enum of that name, or a one-line refusal naming it. */
    public EnumInfo requireEnum(String name) {
        return enumInfo(name).orElseThrow(() -> new UnknownFieldException("unknown enum '" + name + "'"));
    }

    @Override
    public String toString() {
        return "Registry[" + schemaId + ": " + layouts().size() + " layouts, " + enums().size() + " enums, "
                + commands().size() + " commands, " + registers.size() + " registers, " + capTypes.size()
                + " cap types]";
    }
}
