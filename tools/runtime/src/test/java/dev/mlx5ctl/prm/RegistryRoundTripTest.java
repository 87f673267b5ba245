package dev.mlx5ctl.prm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.FieldWidthException;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.layout.Node;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout of the real registry through the generic codec: every scalar reachable by path is set to a seeded
 * random value within its width, then read back, by path and in the decoded tree. Writing all of them before
 * reading any also proves that no two fields of a layout overlap.
 */
class RegistryRoundTripTest {

    private static final LayoutCodec CODEC = Prm.CODEC;
    private static final int FLEXIBLE_ELEMENTS = 3;

    static Stream<String> layouts() {
        return Prm.REGISTRY.layouts().stream().map(LayoutInfo::name);
    }

    /** A scalar reachable by path, with its width. */
    record Leaf(String path, int width) {
    }

    /** The leaves of a layout; of a union, the leaves of one member, chosen by the seeded random. */
    static List<Leaf> leaves(LayoutInfo layout, String prefix, Random random) {
        List<Leaf> leaves = new ArrayList<>();
        List<FieldInfo> fields = layout.fields().stream().filter(f -> f.kind() != FieldInfo.Kind.RESERVED).toList();
        if (layout.union() && !fields.isEmpty()) {
            fields = List.of(fields.get(random.nextInt(fields.size())));
        }
        for (FieldInfo f : fields) {
            String path = prefix + f.name();
            int count = f.flexible() ? FLEXIBLE_ELEMENTS : f.count();
            switch (f.kind()) {
                case SCALAR -> leaves.add(new Leaf(path, f.width()));
                case SCALAR_ARRAY -> {
                    for (int i = 0; i < count; i++) {
                        leaves.add(new Leaf(path + "[" + i + "]", f.elementWidth()));
                    }
                }
                case NESTED -> leaves.addAll(leaves(Prm.REGISTRY.requireLayout(f.layout().orElseThrow()), path + ".",
                        random));
                case LAYOUT_ARRAY -> {
                    for (int i = 0; i < count; i++) {
                        leaves.addAll(leaves(Prm.REGISTRY.requireLayout(f.layout().orElseThrow()),
                                path + "[" + i + "].", random));
                    }
                }
                case RESERVED -> {
                }
            }
        }
        return leaves;
    }

    static long randomValue(Random random, int width) {
        long v = random.nextLong();
        return width == 64 ? v : v & ((1L << width) - 1);
    }

    @Test
    void registryHasTheSchemaIdentityAndEveryKindOfElement() {
        assertEquals(Prm.SCHEMA_ID, Prm.REGISTRY.schemaId());
        assertFalse(Prm.SCHEMA_ID.isBlank());
        assertFalse(Prm.REGISTRY.layouts().isEmpty());
        assertFalse(Prm.REGISTRY.commands().isEmpty());
        assertFalse(Prm.REGISTRY.enums().isEmpty());
        assertFalse(Prm.REGISTRY.registers().isEmpty());
        assertFalse(Prm.REGISTRY.capTypes().isEmpty());
        for (var c : Prm.REGISTRY.commands()) {
            assertTrue(Prm.REGISTRY.layout(c.in()).isPresent(), c.name() + " in");
            assertTrue(Prm.REGISTRY.layout(c.out()).isPresent(), c.name() + " out");
            assertEquals(c, Prm.REGISTRY.commandByOpcode(c.opcode()).orElseThrow());
        }
        Prm.REGISTRY.registers().forEach(r -> assertTrue(Prm.REGISTRY.layout(r.layout()).isPresent(), r.name()));
        Prm.REGISTRY.capTypes().forEach(t -> assertTrue(Prm.REGISTRY.layout(t.layout()).isPresent(), t.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyFieldOfTheLayoutRoundTripsThroughTheCodec(String name) {
        LayoutInfo layout = Prm.REGISTRY.requireLayout(name);
        Random random = new Random(0x6d6c7835L ^ name.hashCode());
        List<Leaf> leaves = leaves(layout, "", random);
        MemorySegment segment = CODEC.allocate(name, FLEXIBLE_ELEMENTS);
        Map<String, Long> written = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            long value = randomValue(random, leaf.width());
            CODEC.set(name, segment, leaf.path(), value);
            written.put(leaf.path(), value);
        }
        for (Map.Entry<String, Long> e : written.entrySet()) {
            assertEquals(e.getValue(), CODEC.get(name, segment, e.getKey()), e.getKey());
        }
        Node.Struct tree = CODEC.decode(name, segment);
        for (Map.Entry<String, Long> e : written.entrySet()) {
            assertEquals(e.getValue(), valueInTree(tree, e.getKey()), "decoded " + e.getKey());
        }
    }

    /** Follows a path through a decoded tree (byte arrays hold their elements as bytes). */
    private static long valueInTree(Node.Struct tree, String path) {
        Node node = tree;
        for (String step : path.split("\\.")) {
            int open = step.indexOf('[');
            String fieldName = open < 0 ? step : step.substring(0, open);
            node = ((Node.Struct) node).field(fieldName);
            if (open >= 0) {
                int index = Integer.parseInt(step.substring(open + 1, step.length() - 1));
                if (node instanceof Node.Bytes b) {
                    return Byte.toUnsignedLong(b.bytes()[index]);
                }
                node = ((Node.Array) node).elements().get(index);
            }
        }
        return ((Node.Scalar) node).value();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyFieldNarrowerThan64BitsRefusesTheFirstValueThatDoesNotFit(String name) {
        LayoutInfo layout = Prm.REGISTRY.requireLayout(name);
        MemorySegment segment = CODEC.allocate(name, FLEXIBLE_ELEMENTS);
        for (FieldInfo f : layout.fields()) {
            if (f.kind() != FieldInfo.Kind.SCALAR || f.width() == 64) {
                continue;
            }
            long tooWide = 1L << f.width();
            FieldWidthException e = assertThrows(FieldWidthException.class,
                    () -> CODEC.set(name, segment, f.name(), tooWide), f.name());
            assertEquals("field '" + f.name() + "' of " + name + ": value 0x" + Long.toHexString(tooWide)
                    + " does not fit in " + f.width() + (f.width() == 1 ? " bit" : " bits"), e.getMessage());
            CODEC.set(name, segment, f.name(), tooWide - 1);
        }
    }
}
