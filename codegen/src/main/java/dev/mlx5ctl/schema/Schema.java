package dev.mlx5ctl.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded and validated schema. Every reference in it resolves; every layout tiles exactly. Lists keep the order
 * of the files (sorted by name) and, within a file, the order of writing.
 *
 * @param identity the canonical hash of the schema's meaning (see {@link SchemaIdentity})
 */
public record Schema(List<EnumDef> enums, List<Layout> layouts, List<Command> commands, List<Register> registers,
        List<CapType> capTypes, String identity) {

    public Schema {
        enums = List.copyOf(enums);
        layouts = List.copyOf(layouts);
        commands = List.copyOf(commands);
        registers = List.copyOf(registers);
        capTypes = List.copyOf(capTypes);
    }

    public Optional<Layout> layout(String name) {
        return layouts.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public Optional<EnumDef> enumDef(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Command> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The flexible array that ends {@code layout}, its own or that of the layout embedded as its last field (as
     * create_umem_in ends in umem, which ends in mtt[0]). {@link Layout#ownFlexibleTail()} sees only its own.
     */
    public Optional<Field.Array> flexibleTail(Layout layout) {
        if (layout.fields().isEmpty()) {
            return Optional.empty();
        }
        return switch (layout.fields().getLast()) {
            case Field.Array a when a.flexible() -> Optional.of(a);
            case Field.Nested n -> layout(n.layout()).flatMap(this::flexibleTail);
            default -> Optional.empty();
        };
    }

    public Map<String, Layout> layoutsByName() {
        return byName(layouts, Layout::name);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
