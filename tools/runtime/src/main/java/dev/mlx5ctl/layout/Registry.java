package dev.mlx5ctl.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a schema defines, by name: what the generated {@code dev.mlx5ctl.prm.Prm.REGISTRY} holds, so that
 * tools can work on any layout or command named at run time. Lists keep schema order; lookups are by map.
 */
public final class Registry {

    private final String schemaId;
    private final List<LayoutInfo> layouts;
    private final List<EnumInfo> enums;
    private final List<CommandInfo> commands;
    private final List<RegisterInfo> registers;
    private final List<CapTypeInfo> capTypes;

    private final Map<String, LayoutInfo> layoutsByName;
    private final Map<String, EnumInfo> enumsByName;
    private final Map<String, CommandInfo> commandsByName;
    private final Map<Integer, CommandInfo> commandsByOpcode;
    private final Map<String, RegisterInfo> registersByName;
    private final Map<Integer, RegisterInfo> registersById;
    private final Map<String, CapTypeInfo> capTypesByName;

    /** @param schemaId the schema identity (the SHA-256 the kernel's policy table embeds too) */
    public Registry(String schemaId, List<LayoutInfo> layouts, List<EnumInfo> enums, List<CommandInfo> commands,
            List<RegisterInfo> registers, List<CapTypeInfo> capTypes) {
        this.schemaId = schemaId;
        this.layouts = List.copyOf(layouts);
        this.enums = List.copyOf(enums);
        this.commands = List.copyOf(commands);
        this.registers = List.copyOf(registers);
        this.capTypes = List.copyOf(capTypes);
        this.layoutsByName = byKey(layouts, LayoutInfo::name);
        this.enumsByName = byKey(enums, EnumInfo::name);
        this.commandsByName = byKey(commands, CommandInfo::name);
        this.commandsByOpcode = byKey(commands, CommandInfo::opcode);
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

    public String schemaId() {
        return schemaId;
    }

    public List<LayoutInfo> layouts() {
        return layouts;
    }

    public List<EnumInfo> enums() {
        return enums;
    }

    public List<CommandInfo> commands() {
        return commands;
    }

    public List<RegisterInfo> registers() {
        return registers;
    }

    public List<CapTypeInfo> capTypes() {
        return capTypes;
    }

    public Optional<LayoutInfo> layout(String name) {
        return Optional.ofNullable(layoutsByName.get(name));
    }

    public Optional<EnumInfo> enumInfo(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }

    /** The command of that name ({@code QUERY_HCA_CAP}). */
    public Optional<CommandInfo> command(String name) {
        return Optional.ofNullable(commandsByName.get(name));
    }

    public Optional<CommandInfo> commandByOpcode(int opcode) {
        return Optional.ofNullable(commandsByOpcode.get(opcode));
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
        return "Registry[" + schemaId + ": " + layouts.size() + " layouts, " + enums.size() + " enums, "
                + commands.size() + " commands, " + registers.size() + " registers, " + capTypes.size()
                + " cap types]";
    }
}
