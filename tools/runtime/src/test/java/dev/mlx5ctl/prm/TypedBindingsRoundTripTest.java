package dev.mlx5ctl.prm;

import static dev.mlx5ctl.prm.Bindings.boxed;
import static dev.mlx5ctl.prm.Bindings.call;
import static dev.mlx5ctl.prm.Bindings.method;
import static dev.mlx5ctl.prm.Bindings.type;
import static dev.mlx5ctl.prm.Bindings.upperCamel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout and command of the real registry through the typed classes: each builder setter writes what the
 * matching getter and the generic codec read back, and each command's input builder presets its opcode.
 */
class TypedBindingsRoundTripTest {

    private static final int FLEXIBLE_ELEMENTS = 3;

    static Stream<String> layouts() {
        return Prm.REGISTRY.layouts().stream().map(LayoutInfo::name);
    }

    static Stream<String> commands() {
        return Prm.REGISTRY.commands().stream().map(CommandInfo::name);
    }

    private static Object newBuilder(LayoutInfo layout) {
        Class<?> cls = type(upperCamel(layout.name()));
        return layout.flexibleTail().isPresent() ? call(cls, "builder", FLEXIBLE_ELEMENTS) : call(cls, "builder");
    }

    private static byte[] bytes(Object view) {
        return ((MemorySegment) call(view, "segment")).toArray(ValueLayout.JAVA_BYTE);
    }

    /** What one setter call wrote, and how to check it on the built view. */
    private interface Check {
        void verify(Object view, MemorySegment segment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyBuilderSetterWritesWhatTheGetterAndTheCodecRead(String name) {
        LayoutInfo layout = Prm.REGISTRY.requireLayout(name);
        Random random = new Random(0x7970656cL ^ name.hashCode());
        List<FieldInfo> fields = layout.fields().stream().filter(f -> f.kind() != FieldInfo.Kind.RESERVED).toList();
        // A union's members overlap, so each is written on its own; a struct's all together, to catch overlaps.
        List<List<FieldInfo>> rounds = layout.union() ? fields.stream().map(List::of).toList() : List.of(fields);
        for (List<FieldInfo> round : rounds) {
            Object builder = newBuilder(layout);
            List<Check> checks = new ArrayList<>();
            for (FieldInfo f : round) {
                checks.add(write(builder, name, f, random));
            }
            Object view = call(builder, "build");
            MemorySegment segment = (MemorySegment) call(view, "segment");
            checks.forEach(c -> c.verify(view, segment));
        }
    }

    private static Check write(Object builder, String layout, FieldInfo f, Random random) {
        String m = method(f.name());
        int count = f.flexible() ? FLEXIBLE_ELEMENTS : f.count();
        switch (f.kind()) {
            case SCALAR -> {
                long value = RegistryRoundTripTest.randomValue(random, f.width());
                call(builder, m, boxed(value, f.width()));
                return (view, segment) -> {
                    assertEquals(boxed(value, f.width()), call(view, m), f.name());
                    assertEquals(value, Prm.CODEC.get(layout, segment, f.name()), f.name());
                };
            }
            case SCALAR_ARRAY -> {
                long[] values = new long[count];
                for (int i = 0; i < count; i++) {
                    values[i] = RegistryRoundTripTest.randomValue(random, f.elementWidth());
                    call(builder, m, i, boxed(values[i], f.elementWidth()));
                }
                return (view, segment) -> {
                    for (int i = 0; i < count; i++) {
                        assertEquals(boxed(values[i], f.elementWidth()), call(view, m, i), f.name() + "[" + i + "]");
                        assertEquals(values[i], Prm.CODEC.get(layout, segment, f.name() + "[" + i + "]"));
                    }
                    assertThrows(IndexOutOfBoundsException.class, () -> call(view, m, count));
                };
            }
            case NESTED, LAYOUT_ARRAY -> {
                LayoutInfo nested = Prm.REGISTRY.requireLayout(f.layout().orElseThrow());
                byte[][] contents = new byte[f.kind() == FieldInfo.Kind.NESTED ? 1 : count][];
                for (int i = 0; i < contents.length; i++) {
                    contents[i] = new byte[nested.sizeBytes()];
                    random.nextBytes(contents[i]);
                    Object value = call(type(upperCamel(nested.name())), "wrap", MemorySegment.ofArray(contents[i]));
                    if (f.kind() == FieldInfo.Kind.NESTED) {
                        call(builder, m, value);
                    } else {
                        call(builder, m, i, value);
                    }
                }
                return (view, segment) -> {
                    for (int i = 0; i < contents.length; i++) {
                        Object got = f.kind() == FieldInfo.Kind.NESTED ? call(view, m) : call(view, m, i);
                        assertArrayEquals(contents[i], bytes(got), f.name());
                    }
                };
            }
            case RESERVED -> throw new AssertionError("reserved fields have no accessor");
        }
        throw new AssertionError(f.kind());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyTypedSetterRefusesAValueWiderThanItsField(String name) {
        LayoutInfo layout = Prm.REGISTRY.requireLayout(name);
        Object builder = newBuilder(layout);
        for (FieldInfo f : layout.fields()) {
            // width 31 takes an int, whose 1 << 31 is negative: refused too, but with a different message
            if (f.kind() != FieldInfo.Kind.SCALAR || f.width() == 64 || f.width() == 31) {
                continue;
            }
            long tooWide = 1L << f.width();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> call(builder, method(f.name()), boxed(tooWide, f.width())), f.name());
            assertEquals("field '" + f.name() + "' of " + name + ": value 0x" + Long.toHexString(tooWide)
                    + " does not fit in " + f.width() + (f.width() == 1 ? " bit" : " bits"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void commandInputBuilderPresetsTheOpcodeAndTheReaderNamesTheStatus(String name) {
        CommandInfo info = Prm.REGISTRY.command(name).orElseThrow();
        Class<?> cls = type(upperCamel(name));
        assertEquals(info.opcode(), constantOf(cls, "OPCODE"));
        assertEquals(info.scope(), constantOf(cls, "SCOPE"));
        Object in = call(call(cls, "in"), "build");
        MemorySegment inBytes = (MemorySegment) call(in, "segment");
        assertEquals(info.opcode(), call(in, "opcode"));
        MemorySegment rest = inBytes.asSlice(2);
        assertEquals(-1L, rest.mismatch(MemorySegment.ofArray(new byte[(int) rest.byteSize()])),
                "nothing but the opcode is set");

        LayoutInfo outLayout = Prm.REGISTRY.requireLayout(info.out());
        Random random = new Random(info.opcode());
        MemorySegment reply = Prm.CODEC.allocate(info.out());
        int status = random.nextInt(0x100);
        long syndrome = RegistryRoundTripTest.randomValue(random, 32);
        Prm.CODEC.set(info.out(), reply, "status", status);
        Prm.CODEC.set(info.out(), reply, "syndrome", syndrome);
        Object out = call(cls, "out", reply);
        assertEquals(status, call(out, "status"));
        assertEquals(syndrome, call(out, "syndrome"));
        String expectedName = CmdStatus.fromValue(status).map(Enum::name).orElse("0x" + Integer.toHexString(status));
        assertEquals(expectedName, call(out, "statusName"));
        assertEquals(outLayout.sizeBytes(), (int) ((MemorySegment) call(out, "segment")).byteSize());
    }

    private static Object constantOf(Class<?> cls, String field) {
        try {
            return cls.getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
